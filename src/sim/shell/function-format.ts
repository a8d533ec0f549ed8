// Printing shell code back the way bash does for `type f`, `declare -f` and `set`: the function
// reformatted from its syntax tree, one command per line, four spaces per level.

import type { Command, CondExpression, FunctionDefinition, Pipeline, Redirect, Script, Statement, Word } from './ast.ts';

export function printFunction(definition: FunctionDefinition): string {
  return `${definition.name} () \n${printCommand(definition.body, 0, true)}`;
}

const INDENT = '    ';

function printScript(script: Script, depth: number): string {
  return script.statements.map((s, i) => INDENT.repeat(depth) + printStatement(s, depth) + (i < script.statements.length - 1 && !s.background ? ';' : '')).join('\n');
}

function printStatement(statement: Statement, depth: number): string {
  let text = printPipeline(statement.andOr.first, depth);
  for (const { op, pipeline } of statement.andOr.rest) text += ` ${op} ${printPipeline(pipeline, depth)}`;
  return statement.background ? `${text} &` : text;
}

function printPipeline(pipeline: Pipeline, depth: number): string {
  const parts = pipeline.commands.map((c) => printCommand(c, depth, false));
  let text = parts[0] ?? '';
  for (let i = 1; i < parts.length; i++) text += ` ${pipeline.stderrToo[i - 1] ? '|&' : '|'} ${parts[i]}`;
  if (pipeline.negated) text = `! ${text}`;
  if (pipeline.timed) text = `time ${pipeline.timed === 'posix' ? '-p ' : ''}${text}`;
  return text;
}

export function printCommand(command: Command, depth: number, top: boolean): string {
  const pad = INDENT.repeat(depth);
  const redirects = 'redirects' in command ? printRedirects(command.redirects) : '';
  switch (command.type) {
    case 'simple':
      return [...command.assignments.map((a) => a.raw), ...command.words.map(wordText)].join(' ') + redirects;
    case 'group':
      return `{ \n${printScript(command.body, depth + 1)}\n${pad}}${redirects}`.replace(/^\{ \n/, top ? '{ \n' : '{ \n');
    case 'subshell':
      return `( ${printScript(command.body, 0).trim()} )${redirects}`;
    case 'if': {
      let text = '';
      command.clauses.forEach((clause, i) => {
        text += `${i === 0 ? 'if' : `${pad}elif`} ${inline(clause.condition)}; then\n${printScript(clause.body, depth + 1)};\n`;
      });
      if (command.elseBody) text += `${pad}else\n${printScript(command.elseBody, depth + 1)};\n`;
      return `${text}${pad}fi${redirects}`;
    }
    case 'while':
      return `${command.until ? 'until' : 'while'} ${inline(command.condition)}; do\n${printScript(command.body, depth + 1)};\n${pad}done${redirects}`;
    case 'for':
      return `for ${command.variable}${command.items ? ` in ${command.items.map(wordText).join(' ')}` : ''};\n${pad}do\n${printScript(command.body, depth + 1)};\n${pad}done${redirects}`;
    case 'select':
      return `select ${command.variable}${command.items ? ` in ${command.items.map(wordText).join(' ')}` : ''};\n${pad}do\n${printScript(command.body, depth + 1)};\n${pad}done${redirects}`;
    case 'arith-for':
      return `for ((${command.init.raw}; ${command.test.raw}; ${command.update.raw}))\n${pad}do\n${printScript(command.body, depth + 1)};\n${pad}done${redirects}`;
    case 'case': {
      let text = `case ${wordText(command.subject)} in \n`;
      for (const item of command.items) {
        text += `${pad}${INDENT}${item.patterns.map(wordText).join(' | ')})\n${printScript(item.body, depth + 2)}\n${pad}${INDENT}${item.terminator}\n`;
      }
      return `${text}${pad}esac${redirects}`;
    }
    case 'arithmetic':
      return `((${command.expression.raw}))${redirects}`;
    case 'conditional':
      return `[[ ${conditionText(command.expression)} ]]${redirects}`;
    case 'function':
      return printFunction(command);
  }
}

/** A [[ ]] expression as bash lists it: a lone word becomes `-n word`. */
function conditionText(expression: CondExpression): string {
  switch (expression.type) {
    case 'and':
    case 'or':
      return `${conditionText(expression.left)} ${expression.type === 'and' ? '&&' : '||'} ${conditionText(expression.right)}`;
    case 'not':
      return `! ${conditionText(expression.operand)}`;
    case 'group':
      return `( ${conditionText(expression.inner)} )`;
    case 'unary':
      return `${expression.op} ${wordText(expression.operand)}`;
    case 'binary':
      return `${wordText(expression.left)} ${expression.op} ${wordText(expression.right)}`;
    case 'word':
      return `-n ${wordText(expression.word)}`;
  }
}

function inline(script: Script): string {
  return script.statements.map((s) => printStatement(s, 0)).join('; ');
}

function wordText(word: Word): string {
  return word.raw;
}

function printRedirects(redirects: Redirect[]): string {
  return redirects.map((r) => ` ${r.fd ?? ''}${r.op} ${r.target.raw}`).join('');
}
