/// Namespace of the pure browser.
public enum Browser {}
