#!/bin/bash
echo 'username,uid,home' > users.csv
cut -d: -f1,3,6 /etc/passwd | tr ':' ',' >> users.csv
