cut -d: -f1,7 /etc/passwd > shells.txt
