tail -n +2 data/sales.csv | wc -l > rows.txt
