/**
 * The operator whose register it is, and the sender of its paper documents (box 2 of the DAES data):
 * raison sociale and SEED excise number (an13: the Member State's code and 11 characters), needed on the
 * printed register; the address, for the sender block of the paper document.
 */
import { ok, refuse, type Result } from '../lib/result';
import { EXCISE_NUMBER, OPERATOR_MAX, type Operator } from './schema';

export type OperatorField = keyof Operator;
export type OperatorProblems = Partial<Record<OperatorField, 'missing' | 'tooLong' | 'shape'>>;

export const normaliseExciseNumber = (raw: string) => raw.replace(/[\s.-]/g, '').toUpperCase();

/** The operator as typed, cleaned, or a code per field to fix. */
export function validateOperator(input: Operator): Result<Operator, OperatorProblems> {
  const problems: OperatorProblems = {};
  const value: Operator = {
    name: input.name.trim(),
    exciseNumber: normaliseExciseNumber(input.exciseNumber),
    street: input.street.trim(),
    city: input.city.trim(),
  };
  for (const field of Object.keys(OPERATOR_MAX) as OperatorField[])
    if (value[field].length > OPERATOR_MAX[field]) problems[field] = 'tooLong';
  if (value.name === '') problems.name = 'missing';
  if (value.exciseNumber === '') problems.exciseNumber = 'missing';
  else if (!problems.exciseNumber && !EXCISE_NUMBER.test(value.exciseNumber)) problems.exciseNumber = 'shape';
  return Object.keys(problems).length > 0 ? refuse(problems) : ok(value);
}

/** Whether the register knows whose it is (what its printout needs). */
export const operatorKnown = (o: Operator) => o.name !== '' && o.exciseNumber !== '';
