( TIMEFORMAT=%R; time tail -n +2 data/orders.csv | cut -d, -f4 | sort | uniq -c > counts.txt ) 2> latency.txt
