// curl -w FORMAT: %{variable} replaced with facts about the finished transfer, \n and friends
// unescaped, "%%" a percent sign. An unknown variable is reported and left out, as curl does.

export interface TransferFacts {
  httpCode: number;
  sizeDownload: number;
  sizeHeader: number;
  contentType: string;
  urlEffective: string;
  numRedirects: number;
  redirectUrl: string;
  exitCode: number;
  errorMessage: string;
  method: string;
  scheme: string;
  filenameEffective: string;
  timeTotalUs: number;
  timeStartUs: number;
  remoteIp: string;
  remotePort: number;
}

/** The text to print, and the names of unknown variables (for the warnings). */
export function writeOut(format: string, facts: TransferFacts): { text: string; unknown: string[] } {
  const seconds = (us: number): string => (us / 1e6).toFixed(6);
  const values: Record<string, string> = {
    http_code: String(facts.httpCode).padStart(3, '0'),
    response_code: String(facts.httpCode).padStart(3, '0'),
    size_download: String(facts.sizeDownload),
    size_header: String(facts.sizeHeader),
    size_upload: '0',
    size_request: '0',
    content_type: facts.contentType,
    url_effective: facts.urlEffective,
    url: facts.urlEffective,
    num_redirects: String(facts.numRedirects),
    num_connects: facts.httpCode ? '1' : '0',
    redirect_url: facts.redirectUrl,
    exitcode: String(facts.exitCode),
    errormsg: facts.errorMessage,
    method: facts.method,
    scheme: facts.scheme.toUpperCase(),
    filename_effective: facts.filenameEffective,
    http_version: facts.httpCode ? '1.1' : '0',
    remote_ip: facts.remoteIp,
    remote_port: facts.remotePort ? String(facts.remotePort) : '0',
    time_total: seconds(facts.timeTotalUs),
    time_namelookup: seconds(facts.httpCode ? 1000 : 0),
    time_connect: seconds(facts.httpCode ? facts.timeStartUs / 2 : 0),
    time_appconnect: seconds(facts.httpCode && facts.scheme === 'https' ? (facts.timeStartUs * 3) / 4 : 0),
    time_pretransfer: seconds(facts.httpCode ? (facts.timeStartUs * 3) / 4 : 0),
    time_starttransfer: seconds(facts.httpCode ? facts.timeStartUs : 0),
    time_redirect: seconds(0),
    speed_download: String(facts.timeTotalUs > 0 ? Math.floor(facts.sizeDownload / (facts.timeTotalUs / 1e6)) : 0),
    speed_upload: '0',
  };
  const unknown: string[] = [];
  let text = '';
  for (let i = 0; i < format.length; i++) {
    const c = format[i];
    if (c === '%' && format[i + 1] === '%') {
      text += '%';
      i++;
    } else if (c === '%' && format[i + 1] === '{') {
      const end = format.indexOf('}', i);
      if (end < 0) {
        text += format.slice(i);
        break;
      }
      const name = format.slice(i + 2, end);
      if (name in values) text += values[name];
      else unknown.push(name);
      i = end;
    } else if (c === '\\' && i + 1 < format.length) {
      const escapes: Record<string, string> = { n: '\n', r: '\r', t: '\t', '\\': '\\' };
      const next = format[i + 1];
      text += escapes[next] ?? `\\${next}`;
      i++;
    } else text += c;
  }
  return { text, unknown };
}
