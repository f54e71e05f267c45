import { classifyEngineError, type EngineErrorKind } from './error-kinds';
import { typeKind } from './type-kinds';

/** A message lookup, as the i18n runtime's `t` (the engine zone sits below i18n, so it names the shape). */
type Translate = (key: string, params?: Record<string, string | number>) => string;

/** An error put in the user's words; `raw` is for a "details" disclosure only. */
export interface ExplainedError {
  readonly kind: EngineErrorKind;
  /** What happened, without a closing stop: fits inside another message's `{detail}`. */
  readonly what: string;
  /** What happened and what to do, as whole sentences. */
  readonly text: string;
  readonly raw: string;
}

/** The one way an engine (or storage) error reaches the screen. */
export function explainError(t: Translate, error: unknown): ExplainedError {
  const { kind, params, raw } = classifyEngineError(error);
  const where = params.line ? t('engine.error.atLine', { line: params.line }) : '';
  const what = `${t(`engine.error.${kind}`)}${where}`;
  const text = t('engine.error.sentence', {
    what: t(`engine.error.${kind}`),
    where,
    todo: t(`engine.error.${kind}.todo`),
  });
  return { kind, what, text, raw };
}

/** The user's word for a column type: 文本, 整数, 日期时间… never VARCHAR or BIGINT. */
export function typeWord(t: Translate, engineType: string): string {
  return t(`type.${typeKind(engineType)}`);
}

/**
 * A value as shown to people: a real boolean reads 是/否 (Yes/No); the user's own text (even "true") stays as
 * it is. `engineType` says whether a value already turned to text came from a boolean column.
 */
export function valueWord(t: Translate, value: unknown, engineType?: string): string {
  const boolean = typeof value === 'boolean' || (engineType !== undefined && typeKind(engineType) === 'boolean');
  if (boolean && String(value) === 'true') return t('value.true');
  if (boolean && String(value) === 'false') return t('value.false');
  return value === null || value === undefined ? '' : String(value);
}
