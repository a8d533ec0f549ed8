awk -v bytes="$(wc -c < data/orders.csv)" -v seconds="$(cat latency.txt)" 'BEGIN { printf "%d\n", bytes / seconds }' > throughput.txt
