// Escalation ids and idempotency keys computed outside the code under test (FNV-1a 64 in Python):
// id = 'esc-' + fnv(policy|kpi|newest period), key = fnv(id|level|sequence).
export const ID = {
  /** churn-watch|churn-rate|2026-12-01 */
  A: 'esc-e95bbc42385b6c84',
  /** churn-watch|churn-rate|2026-12-02 */
  B: 'esc-e95bbf42385b719d',
  /** churn-watch|churn-rate|2026-11-30 */
  C: 'esc-17cf2d5a45592adf',
  /** churn-watch|churn-rate|2026-03-27 */
  M: 'esc-aa8b6e8f44ad51c6',
  /** churn-watch|nps|2026-12-01 */
  N: 'esc-2b9e63721b20b556',
  /** churn-watch|nps|2026-12-03 */
  N3: 'esc-2b9e61721b20b1f0',
};
export const KEY = {
  A11: '0bb1e6a81725acbe',
  A12: '0bb1e5a81725ab0b',
  A21: 'f258d7a808f8b893',
  A22: 'f258d8a808f8ba46',
  A23: 'f258d9a808f8bbf9',
  A31: 'f9bc10a80ccb8478',
  B11: '21029cce9afb09f3',
  C11: '694edbb3667eac92',
  M11: '0083b265f8794edc',
  M21: '07cb5f65fc346525',
  N11: '321b7fd911f080f6',
  N21: '155c10d900dfc0ab',
  N311: '1a8fd2bf4d8d5859',
};
