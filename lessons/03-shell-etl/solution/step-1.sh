head -n 3 /etc/passwd
cut -d: -f1,3,6 /etc/passwd
