cat > etl.sh <<'EOF'
#!/bin/bash
set -euo pipefail
echo 'username,uid,home' > users.csv.tmp
cut -d: -f1,3,6 /etc/passwd | tr ':' ',' >> users.csv.tmp
mv users.csv.tmp users.csv
EOF
./etl.sh
./etl.sh
wc -l users.csv
