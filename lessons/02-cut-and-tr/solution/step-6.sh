tr -d '\r' < data/stores.csv > stores.csv
