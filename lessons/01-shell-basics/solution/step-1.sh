ls data
head -n 3 data/sales.csv > first.txt
