// glibc's regerror() texts, which grep and sed print word for word.

export const REG_BADPAT = 'Invalid regular expression';
export const REG_ECOLLATE = 'Invalid collation character';
export const REG_ECTYPE = 'Invalid character class name';
export const REG_EESCAPE = 'Trailing backslash';
export const REG_ESUBREG = 'Invalid back reference';
export const REG_EBRACK = 'Unmatched [, [^, [:, [., or [=';
export const REG_EPAREN = 'Unmatched ( or \\(';
export const REG_EBRACE = 'Unmatched \\{';
export const REG_BADBR = 'Invalid content of \\{\\}';
export const REG_ERANGE = 'Invalid range end';
export const REG_BADRPT = 'Invalid preceding regular expression';
export const REG_ESIZE = 'Regular expression too big';
export const REG_ERPAREN = 'Unmatched ) or \\)';

/** The DFA matcher's complaint about a class written without its outer brackets. */
export const CONFUSING_BRACKETS = 'character class syntax is [[:space:]], not [:space:]';
