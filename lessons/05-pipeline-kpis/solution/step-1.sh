time tail -n +2 data/orders.csv > rows.csv
time cut -d, -f4 rows.csv > products.txt
time sort products.txt > sorted.txt
time uniq -c sorted.txt > counts.txt
echo sort > slowest.txt
