// curl against the simulated web (src/sim/net). The sites are the playground's, so the outputs were
// produced here; their form (progress meter columns, error lines, exit statuses, header layout)
// was checked against curl 7.88.1 on Debian 12 talking to a local HTTP server, whose commands are
// in the comments. Speeds in the meter follow the simulated network: 50 ms to the first byte, then
// 10 MiB/s.
import { describe, expect, test } from 'vitest';
import { sh } from '../../support/world.ts';

describe("curl", () => {
  // real: curl -s http://127.0.0.1:8765/index.html
  test("writes the body to stdout; no meter when silent", async () => {
    expect(await sh("curl -s https://example.com/ | head -4; curl -s https://example.com/ | wc -c")).toEqual({
      stdout: "<!doctype html>\n<html>\n<head>\n    <title>Example Domain</title>\n1256\n",
      stderr: "",
      status: 0,
    });
  });

  // real: curl http://127.0.0.1:8765/index.html > page.html
  test("the progress meter goes to stderr when the output is not a terminal", async () => {
    expect(await sh("curl https://example.com/ > page.html; wc -c < page.html")).toEqual({
      stdout: "1256\n",
      stderr: "  % Total    % Received % Xferd  Average Speed   Time    Time     Time  Current\n                                 Dload  Upload   Total   Spent    Left  Speed\n\r  0     0    0     0    0     0      0      0 --:--:-- --:--:-- --:--:--     0\r100  1256  100  1256    0     0  25059      0 --:--:-- --:--:-- --:--:-- 25059\n",
      status: 0,
    });
  });

  // real: curl -s -o out.csv $U/data/x.csv; curl -sO $U/data/x.csv; curl -s -O "$U/data/x.csv?a=1"
  test("-o FILE and -O", async () => {
    expect(await sh("curl -s -o s.csv https://data.pipeline-playground.example/sales.csv; head -3 s.csv; curl -sO https://data.pipeline-playground.example/customers.csv; ls; curl -s -O 'https://data.pipeline-playground.example/weather.tsv?week=47'; ls weather*")).toEqual({
      stdout: "order_id,date,region,product,quantity,unit_price\n1001,2026-05-16,west,widget,4,2.50\n1002,2026-01-13,east,sprocket,20,0.85\ncustomers.csv\ns.csv\nweather.tsv\n",
      stderr: "",
      status: 0,
    });
  });

  // real: curl http://nohost.invalid/; curl -s ...; curl -sS ...
  test("an unknown host", async () => {
    expect(await sh("curl https://nohost.invalid/; echo rc=$?; curl -s https://nohost.invalid/; echo rc=$?; curl -sS nohost.invalid; echo rc=$?")).toEqual({
      stdout: "rc=6\nrc=6\nrc=6\n",
      stderr: "  % Total    % Received % Xferd  Average Speed   Time    Time     Time  Current\n                                 Dload  Upload   Total   Spent    Left  Speed\n\r  0     0    0     0    0     0      0      0 --:--:-- --:--:-- --:--:--     0curl: (6) Could not resolve host: nohost.invalid\ncurl: (6) Could not resolve host: nohost.invalid\n",
      status: 0,
    });
  });

  // real: curl $U/missing; curl -f $U/missing; curl -sf ...; curl -sSf ...
  test("HTTP errors: the body and status 0, or status 22 with -f", async () => {
    expect(await sh("curl -s https://example.com/nope | head -4; echo rc=$?; curl -f https://example.com/nope; echo rc=$?; curl -sf https://example.com/nope; echo rc=$?; curl -sSf https://example.com/nope; echo rc=$?")).toEqual({
      stdout: "<!doctype html>\n<html>\n<head>\n    <title>Example Domain</title>\nrc=0\nrc=22\nrc=22\nrc=22\n",
      stderr: "  % Total    % Received % Xferd  Average Speed   Time    Time     Time  Current\n                                 Dload  Upload   Total   Spent    Left  Speed\n\r  0     0    0     0    0     0      0      0 --:--:-- --:--:-- --:--:--     0\r  0  1256    0     0    0     0      0      0 --:--:-- --:--:-- --:--:--     0\ncurl: (22) The requested URL returned error: 404\ncurl: (22) The requested URL returned error: 404\n",
      status: 0,
    });
  });

  // real: curl -I $U/data/x.csv; curl -i $U/data/x.csv; curl -sI -f $U/missing
  test("-I and -i show the response headers", async () => {
    expect(await sh("curl -sI https://example.com/; curl -si https://data.pipeline-playground.example/api/time; curl -sI -f https://example.com/nope; echo rc=$?")).toEqual({
      stdout: "HTTP/1.1 200 OK\r\nDate: Wed, 25 Nov 2026 10:00:00 GMT\r\nServer: ECS (nyd/D184)\r\nContent-Type: text/html; charset=UTF-8\r\nContent-Length: 1256\r\n\r\nHTTP/1.1 200 OK\r\nDate: Wed, 25 Nov 2026 10:00:00 GMT\r\nServer: nginx/1.22.1\r\nContent-Type: application/json\r\nContent-Length: 53\r\n\r\n{\"now\": \"2026-11-25T10:00:00Z\", \"epoch\": 1795600800}\nHTTP/1.1 404 Not Found\r\nDate: Wed, 25 Nov 2026 10:00:00 GMT\r\nServer: ECS (nyd/D184)\r\nContent-Type: text/html; charset=UTF-8\r\nContent-Length: 1256\r\n\r\nrc=22\n",
      stderr: "",
      status: 0,
    });
  });

  // real: curl $U/redirect; curl -L $U/redirect; curl -s -L --max-redirs 0 $U/redirect
  test("redirects are followed with -L", async () => {
    expect(await sh("curl https://data.pipeline-playground.example/latest.csv; echo rc=$?; curl -sL https://data.pipeline-playground.example/latest.csv | head -2; curl -L https://data.pipeline-playground.example/latest.csv | wc -l; curl -sL --max-redirs 0 https://data.pipeline-playground.example/latest.csv; echo rc=$?")).toEqual({
      stdout: "rc=0\norder_id,date,region,product,quantity,unit_price\n1001,2026-05-16,west,widget,4,2.50\n1001\nrc=47\n",
      stderr: "  % Total    % Received % Xferd  Average Speed   Time    Time     Time  Current\n                                 Dload  Upload   Total   Spent    Left  Speed\n\r  0     0    0     0    0     0      0      0 --:--:-- --:--:-- --:--:--     0\r  0     0    0     0    0     0      0      0 --:--:-- --:--:-- --:--:--     0\n  % Total    % Received % Xferd  Average Speed   Time    Time     Time  Current\n                                 Dload  Upload   Total   Spent    Left  Speed\n\r  0     0    0     0    0     0      0      0 --:--:-- --:--:-- --:--:--     0\r  0     0    0     0    0     0      0      0 --:--:-- --:--:-- --:--:--     0\n\r100 38036  100 38036    0     0   358k      0 --:--:-- --:--:-- --:--:--  358k\n",
      status: 0,
    });
  });

  // real: curl -s -w "%{http_code} %{size_download} %{content_type}\n" $U/data/x.csv, and the others likewise
  test("-w prints facts about the transfer", async () => {
    expect(await sh("curl -s -o /dev/null -w '%{http_code} %{size_download} %{content_type}\\n' https://example.com/; curl -s -o /dev/null -w '%{http_code}\\n' https://example.com/nope; curl -s -w '%{http_code}\\n' https://nohost.invalid; curl -s -o /dev/null -w '%{url_effective} %{num_redirects} %{redirect_url}\\n' https://data.pipeline-playground.example/latest.csv; curl -sL -o /dev/null -w '%{url_effective} %{num_redirects} %{scheme} %{method}\\n' https://data.pipeline-playground.example/latest.csv; curl -s -o /dev/null -w '%{bogus}[%%]\\n' https://example.com/")).toEqual({
      stdout: "200 1256 text/html; charset=UTF-8\n404\n000\nhttps://data.pipeline-playground.example/latest.csv 0 https://data.pipeline-playground.example/sales.csv\nhttps://data.pipeline-playground.example/sales.csv 1 HTTPS GET\n[%]\n",
      stderr: "curl: unknown --write-out variable: 'bogus'\n",
      status: 0,
    });
  });

  // real: curl -o /nodir/x $U/data/x.csv; curl -O $U/
  test("write errors", async () => {
    expect(await sh("curl -s -o /nodir/x https://example.com/; echo rc=$?; curl -o /nodir/x https://example.com/ 2>&1 | tr '\\r' '\\n' | grep -o 'Warning.*\\|curl:.*'; curl -O https://example.com/; echo rc=$?; curl -sO https://example.com/; echo rc=$?")).toEqual({
      stdout: "rc=23\nWarning: Failed to open the file /nodir/x: No such file or directory\ncurl: (23) Failure writing output to destination\nrc=23\nrc=23\n",
      stderr: "curl: Remote file name has no length!\ncurl: (23) Failed writing received data to disk/application\n",
      status: 0,
    });
  });

  // real: curl -s htp://x; curl htp://x
  test("URLs that cannot be fetched", async () => {
    expect(await sh("curl -s htp://x; echo rc=$?; curl htp://x; echo rc=$?")).toEqual({
      stdout: "rc=1\nrc=1\n",
      stderr: "  % Total    % Received % Xferd  Average Speed   Time    Time     Time  Current\n                                 Dload  Upload   Total   Spent    Left  Speed\n\r  0     0    0     0    0     0      0      0 --:--:-- --:--:-- --:--:--     0curl: (1) Protocol \"htp\" not supported or disabled in libcurl\n",
      status: 0,
    });
  });

  // real: curl -s -o a -o b $U/data/x.csv $U/index.html
  test("several URLs, each with its -o", async () => {
    expect(await sh("curl -s -o a -o b https://example.com/ https://data.pipeline-playground.example/api/time; cat b; wc -c < a")).toEqual({
      stdout: "{\"now\": \"2026-11-25T10:00:00Z\", \"epoch\": 1795600800}\n1256\n",
      stderr: "",
      status: 0,
    });
  });

  // real: curl; curl --bogus; curl -o; curl -s -x
  test("usage errors", async () => {
    expect(await sh("curl; echo rc=$?; curl --bogus; echo rc=$?; curl -o; echo rc=$?; curl -s -x; echo rc=$?")).toEqual({
      stdout: "rc=2\nrc=2\nrc=2\nrc=2\n",
      stderr: "curl: try 'curl --help' or 'curl --manual' for more information\ncurl: option --bogus: is unknown\ncurl: try 'curl --help' or 'curl --manual' for more information\ncurl: option -o: requires parameter\ncurl: try 'curl --help' or 'curl --manual' for more information\ncurl: option -x: requires parameter\ncurl: try 'curl --help' or 'curl --manual' for more information\n",
      status: 0,
    });
  });

  // real: curl --help; curl --version
  test("--help and --version", async () => {
    expect(await sh("curl --help | head -3; curl -h | tail -1; curl --version | head -1")).toEqual({
      stdout: "Usage: curl [options...] <url>\n -d, --data <data>          HTTP POST data\n -f, --fail                 Fail fast with no output on HTTP errors\nFor all options use the manual or \"--help all\".\ncurl 7.88.1 (x86_64-pc-linux-gnu) libcurl/7.88.1 OpenSSL/3.0.19 zlib/1.2.13 brotli/1.0.9 zstd/1.5.4 libidn2/2.3.3 libpsl/0.21.2 (+libidn2/2.3.3) libssh2/1.10.0 nghttp2/1.52.0 librtmp/2.3 OpenLDAP/2.5.13\n",
      stderr: "",
      status: 0,
    });
  });

  // playground only: -v and -d are not simulated
  test("options the playground does not simulate are refused", async () => {
    expect(await sh("curl -v https://example.com/; echo rc=$?; curl -d x=1 https://example.com/; echo rc=$?")).toEqual({
      stdout: "rc=2\nrc=2\n",
      stderr: "curl: -v: not supported in this playground\ncurl: -d: not supported in this playground\n",
      status: 0,
    });
  });
});
