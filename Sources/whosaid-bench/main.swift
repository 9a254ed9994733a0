import WhosaidModel
print("benchmarks not yet written")
