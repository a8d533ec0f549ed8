cut -d: -f1,3,6 /etc/passwd | tr ':' ','
