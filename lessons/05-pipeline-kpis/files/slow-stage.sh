#!/bin/bash
# A deliberately slow stage, like a call to a remote service for each record: for every CSV line
# on standard input it waits half a second, then writes the order id and the product.
while IFS=, read -r id date region product quantity price; do
  sleep 0.5
  echo "$id,$product"
done
