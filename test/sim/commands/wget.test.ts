// wget against the simulated web (src/sim/net). The sites are the playground's, so the outputs were
// produced here; their form (the log of wget 1.21.3 when stderr is not a terminal: request lines,
// dot progress, summary; -nv and -q; exit statuses 4 and 8) was checked against wget 1.21.3 on
// Debian 12 talking to a local HTTP server, whose commands are in the comments. Rates follow the
// simulated network (10 MiB/s).
import { describe, expect, test } from 'vitest';
import { sh } from '../../support/world.ts';

describe("wget", () => {
  // real: wget $U/index.html
  test("downloads into a file named after the URL, logging to stderr", async () => {
    expect(await sh("wget https://data.pipeline-playground.example/sales.csv; echo rc=$?; wc -l sales.csv")).toEqual({
      stdout: "rc=0\n1001 sales.csv\n",
      stderr: "--2026-11-25 10:00:00--  https://data.pipeline-playground.example/sales.csv\nResolving data.pipeline-playground.example (data.pipeline-playground.example)... 192.0.2.80\nConnecting to data.pipeline-playground.example (data.pipeline-playground.example)|192.0.2.80|:443... connected.\nHTTP request sent, awaiting response... 200 OK\nLength: 38036 (37K) [text/csv]\nSaving to: ‘sales.csv’\n\n     0K .......... .......... .......... .......               100% 10.0M=0s\n\n2026-11-25 10:00:00 (10.0 MB/s) - ‘sales.csv’ saved [38036/38036]\n\n",
      status: 0,
    });
  });

  // real: wget -q $U/data/x.csv; wget -nv $U/data/x.csv (x.csv existing)
  test("a directory URL is saved as index.html; taken names get .1, .2", async () => {
    expect(await sh("wget -q https://example.com/; wget -q https://example.com/; wget -nv https://example.com/; ls")).toEqual({
      stdout: "index.html\nindex.html.1\nindex.html.2\n",
      stderr: "2026-11-25 10:00:00 URL:https://example.com/ [1256/1256] -> \"index.html.2\" [1]\n",
      status: 0,
    });
  });

  // real: wget -qO- $U/data/x.csv; wget -O - $U/data/x.csv
  test("-O FILE and -O - ", async () => {
    expect(await sh("wget -q -O data.csv https://data.pipeline-playground.example/customers.csv; head -2 data.csv; wget -qO- https://data.pipeline-playground.example/api/time; wget -O - https://data.pipeline-playground.example/api/time")).toEqual({
      stdout: "customer_id,first_name,last_name,city,signup_date\n1,Donald,Lovelace,Porto,2022-04-26\n{\"now\": \"2026-11-25T10:00:00Z\", \"epoch\": 1795600800}\n{\"now\": \"2026-11-25T10:00:00Z\", \"epoch\": 1795600800}\n",
      stderr: "--2026-11-25 10:00:00--  https://data.pipeline-playground.example/api/time\nResolving data.pipeline-playground.example (data.pipeline-playground.example)... 192.0.2.80\nConnecting to data.pipeline-playground.example (data.pipeline-playground.example)|192.0.2.80|:443... connected.\nHTTP request sent, awaiting response... 200 OK\nLength: 53 [application/json]\nSaving to: ‘STDOUT’\n\n     0K                                                        100% 10.0M=0s\n\n2026-11-25 10:00:00 (10.0 MB/s) - written to stdout [53/53]\n\n",
      status: 0,
    });
  });

  // real: wget -O /dev/null $U/big.txt
  test("sizes from 1 KiB on are also shown in short form; a row of dots per 50 KiB", async () => {
    expect(await sh("wget -O /dev/null https://example.com/; wget -O w.tsv https://data.pipeline-playground.example/weather.tsv")).toEqual({
      stdout: "",
      stderr: "--2026-11-25 10:00:00--  https://example.com/\nResolving example.com (example.com)... 93.184.215.14, 2606:2800:21f:cb07:6820:80da:af6b:8b2c\nConnecting to example.com (example.com)|93.184.215.14|:443... connected.\nHTTP request sent, awaiting response... 200 OK\nLength: 1256 (1.2K) [text/html]\nSaving to: ‘/dev/null’\n\n     0K .                                                      100% 10.0M=0s\n\n2026-11-25 10:00:00 (10.0 MB/s) - ‘/dev/null’ saved [1256/1256]\n\n--2026-11-25 10:00:00--  https://data.pipeline-playground.example/weather.tsv\nResolving data.pipeline-playground.example (data.pipeline-playground.example)... 192.0.2.80\nConnecting to data.pipeline-playground.example (data.pipeline-playground.example)|192.0.2.80|:443... connected.\nHTTP request sent, awaiting response... 200 OK\nLength: 12842 (13K) [text/tab-separated-values]\nSaving to: ‘w.tsv’\n\n     0K .......... ..                                          100% 10.0M=0s\n\n2026-11-25 10:00:00 (10.0 MB/s) - ‘w.tsv’ saved [12842/12842]\n\n",
      status: 0,
    });
  });

  // real: wget http://nohost.invalid/x; wget -nv ...; wget -q ...
  test("an unknown host", async () => {
    expect(await sh("wget http://nohost.invalid/x; echo rc=$?; wget -nv http://nohost.invalid/; echo rc=$?; wget -q http://nohost.invalid/; echo rc=$?")).toEqual({
      stdout: "rc=4\nrc=4\nrc=4\n",
      stderr: "--2026-11-25 10:00:00--  http://nohost.invalid/x\nResolving nohost.invalid (nohost.invalid)... failed: Name or service not known.\nwget: unable to resolve host address ‘nohost.invalid’\nwget: unable to resolve host address ‘nohost.invalid’\n",
      status: 0,
    });
  });

  // real: wget $U/missing; wget -nv $U/missing
  test("HTTP errors exit with 8", async () => {
    expect(await sh("wget https://example.com/missing; echo rc=$?; wget -nv https://example.com/missing; echo rc=$?; ls")).toEqual({
      stdout: "rc=8\nrc=8\n",
      stderr: "--2026-11-25 10:00:00--  https://example.com/missing\nResolving example.com (example.com)... 93.184.215.14, 2606:2800:21f:cb07:6820:80da:af6b:8b2c\nConnecting to example.com (example.com)|93.184.215.14|:443... connected.\nHTTP request sent, awaiting response... 404 Not Found\n2026-11-25 10:00:00 ERROR 404: Not Found.\n\nhttps://example.com/missing:\n2026-11-25 10:00:00 ERROR 404: Not Found.\n",
      status: 0,
    });
  });

  // real: wget $U/redirect
  test("redirects are followed, the file keeps the first URL's name", async () => {
    expect(await sh("wget https://data.pipeline-playground.example/latest.csv; ls")).toEqual({
      stdout: "latest.csv\n",
      stderr: "--2026-11-25 10:00:00--  https://data.pipeline-playground.example/latest.csv\nResolving data.pipeline-playground.example (data.pipeline-playground.example)... 192.0.2.80\nConnecting to data.pipeline-playground.example (data.pipeline-playground.example)|192.0.2.80|:443... connected.\nHTTP request sent, awaiting response... 302 Found\nLocation: /sales.csv [following]\n--2026-11-25 10:00:00--  https://data.pipeline-playground.example/sales.csv\nReusing existing connection to data.pipeline-playground.example:443.\nHTTP request sent, awaiting response... 200 OK\nLength: 38036 (37K) [text/csv]\nSaving to: ‘latest.csv’\n\n     0K .......... .......... .......... .......               100% 10.0M=0s\n\n2026-11-25 10:00:00 (10.0 MB/s) - ‘latest.csv’ saved [38036/38036]\n\n",
      status: 0,
    });
  });

  // real: wget -O /dev/null -S $U/data/x.csv
  test("-S shows the server's response", async () => {
    expect(await sh("wget -S -O /dev/null https://example.com/")).toEqual({
      stdout: "",
      stderr: "--2026-11-25 10:00:00--  https://example.com/\nResolving example.com (example.com)... 93.184.215.14, 2606:2800:21f:cb07:6820:80da:af6b:8b2c\nConnecting to example.com (example.com)|93.184.215.14|:443... connected.\nHTTP request sent, awaiting response... \n  HTTP/1.1 200 OK\n  Date: Wed, 25 Nov 2026 10:00:00 GMT\n  Server: ECS (nyd/D184)\n  Content-Type: text/html; charset=UTF-8\n  Content-Length: 1256\nLength: 1256 (1.2K) [text/html]\nSaving to: ‘/dev/null’\n\n     0K .                                                      100% 10.0M=0s\n\n2026-11-25 10:00:00 (10.0 MB/s) - ‘/dev/null’ saved [1256/1256]\n\n",
      status: 0,
    });
  });

  // real: wget -nc $U/data/x.csv; wget -nc -nv $U/data/x.csv
  test("-nc does not download what is already there", async () => {
    expect(await sh("wget -q https://example.com/; wget -nc https://example.com/; echo rc=$?; wget -nc -nv https://example.com/; ls")).toEqual({
      stdout: "rc=0\nindex.html\n",
      stderr: "File ‘index.html’ already there; not retrieving.\n\n",
      status: 0,
    });
  });

  // real: wget -q -O - http://nohost.invalid/ $U/missing
  test("several URLs: the lowest error status wins", async () => {
    expect(await sh("wget -q -O - http://nohost.invalid/ https://example.com/missing > /dev/null; echo rc=$?")).toEqual({
      stdout: "rc=4\n",
      stderr: "",
      status: 0,
    });
  });

  // real: wget -q -P downloads $U/data/x.csv
  test("-P saves into a directory", async () => {
    expect(await sh("wget -q -P downloads https://data.pipeline-playground.example/sales.csv; ls downloads")).toEqual({
      stdout: "sales.csv\n",
      stderr: "",
      status: 0,
    });
  });

  // real: wget htp://x; wget -q htp://x; wget -O /nodir/x $U/data/x.csv
  test("bad URLs and output files", async () => {
    expect(await sh("wget htp://x; echo rc=$?; wget -q htp://x; echo rc=$?; wget -O /nodir/x https://example.com/; echo rc=$?")).toEqual({
      stdout: "rc=1\nrc=1\nrc=1\n",
      stderr: "htp://x: Unsupported scheme ‘htp’.\n/nodir/x: No such file or directory\n",
      status: 0,
    });
  });

  // real: wget; wget --bogus; wget -O; wget -nz
  test("usage errors", async () => {
    expect(await sh("wget; echo rc=$?; wget --bogus; echo rc=$?; wget -O; echo rc=$?; wget -nz; echo rc=$?")).toEqual({
      stdout: "rc=1\nrc=2\nrc=2\nrc=1\n",
      stderr: "wget: missing URL\nUsage: wget [OPTION]... [URL]...\n\nTry `wget --help' for more options.\nwget: unrecognized option '--bogus'\nUsage: wget [OPTION]... [URL]...\n\nTry `wget --help' for more options.\nwget: option requires an argument -- 'O'\nUsage: wget [OPTION]... [URL]...\n\nTry `wget --help' for more options.\nwget: illegal option -- `-nz'\nUsage: wget [OPTION]... [URL]...\n\nTry `wget --help' for more options.\n",
      status: 0,
    });
  });

  // real: wget --help; wget --version
  test("--help and --version", async () => {
    expect(await sh("wget --help | head -2; wget --version | head -1")).toEqual({
      stdout: "GNU Wget 1.21.3, a non-interactive network retriever.\nUsage: wget [OPTION]... [URL]...\nGNU Wget 1.21.3 built on linux-gnu.\n",
      stderr: "",
      status: 0,
    });
  });

  // playground only: recursive retrieval is not simulated
  test("options the playground does not simulate are refused", async () => {
    expect(await sh("wget -r https://example.com/; echo rc=$?")).toEqual({
      stdout: "rc=2\n",
      stderr: "wget: -r: not supported in this playground\n",
      status: 0,
    });
  });
});
