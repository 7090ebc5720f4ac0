/**
 * Slack's Block Kit limits in one place. A message whose blocks break one fails with `invalid_blocks` and the
 * thread just stays silent, so presenters stay within these and tests check every message with
 * `checkBlockLimits`.
 */
export const LIMITS = {
  blocksPerMessage: 50,
  blocksPerView: 100,
  sectionText: 3000,
  sectionFields: 10,
  fieldText: 2000,
  headerText: 150,
  actionsElements: 25,
  contextElements: 10,
  /** A context element's text; Slack documents 3000 for text objects, we keep context lines short. */
  contextText: 2000,
  buttonText: 75,
  buttonValue: 2000,
  actionId: 255,
  optionText: 75,
  optionValue: 150,
  selectOptions: 100,
  /** chat.postMessage truncates `text` beyond 40,000 characters; our fallbacks stay far below. */
  messageText: 40_000,
} as const;

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function textOf(value: unknown): string | undefined {
  return isObject(value) && typeof value['text'] === 'string' ? value['text'] : undefined;
}

function checkLength(problems: string[], where: string, text: string | undefined, max: number): void {
  if (text !== undefined && text.length > max) problems.push(`${where}: ${text.length} characters (max ${max})`);
}

function checkElement(problems: string[], where: string, element: unknown): void {
  if (!isObject(element)) return;
  if (element['type'] === 'button') {
    checkLength(problems, `${where} button text`, textOf(element['text']), LIMITS.buttonText);
    if (typeof element['value'] === 'string') checkLength(problems, `${where} button value`, element['value'], LIMITS.buttonValue);
  }
  if (typeof element['action_id'] === 'string') checkLength(problems, `${where} action_id`, element['action_id'], LIMITS.actionId);
  const options = element['options'];
  if (Array.isArray(options)) {
    if (options.length > LIMITS.selectOptions) problems.push(`${where}: ${options.length} options (max ${LIMITS.selectOptions})`);
    options.forEach((option, i) => {
      if (!isObject(option)) return;
      checkLength(problems, `${where} option ${i} text`, textOf(option['text']), LIMITS.optionText);
      if (typeof option['value'] === 'string') checkLength(problems, `${where} option ${i} value`, option['value'], LIMITS.optionValue);
    });
  }
}

/**
 * Every Block Kit limit a message's blocks break, as readable strings; empty when the blocks are fine.
 * `maxBlocks` is 50 for messages and 100 for modals and App Home.
 */
export function checkBlockLimits(blocks: readonly unknown[], maxBlocks: number = LIMITS.blocksPerMessage): string[] {
  const problems: string[] = [];
  if (blocks.length > maxBlocks) problems.push(`${blocks.length} blocks (max ${maxBlocks})`);
  blocks.forEach((block, index) => {
    const where = `block ${index}`;
    if (!isObject(block)) {
      problems.push(`${where}: not an object`);
      return;
    }
    switch (block['type']) {
      case 'header': {
        const text = block['text'];
        if (!isObject(text) || text['type'] !== 'plain_text') problems.push(`${where} (header): text must be plain_text`);
        const value = textOf(text) ?? '';
        if (value.trim() === '') problems.push(`${where} (header): empty text`);
        checkLength(problems, `${where} (header)`, value, LIMITS.headerText);
        break;
      }
      case 'section': {
        const text = textOf(block['text']);
        const fields = block['fields'];
        if (text === undefined && !Array.isArray(fields)) problems.push(`${where} (section): needs text or fields`);
        if (text !== undefined && text.trim() === '') problems.push(`${where} (section): empty text`);
        checkLength(problems, `${where} (section) text`, text, LIMITS.sectionText);
        if (Array.isArray(fields)) {
          if (fields.length > LIMITS.sectionFields) problems.push(`${where} (section): ${fields.length} fields (max ${LIMITS.sectionFields})`);
          if (fields.length === 0) problems.push(`${where} (section): empty fields`);
          fields.forEach((field, i) => {
            const value = textOf(field) ?? '';
            if (value.trim() === '') problems.push(`${where} (section) field ${i}: empty`);
            checkLength(problems, `${where} (section) field ${i}`, value, LIMITS.fieldText);
          });
        }
        if (block['accessory'] !== undefined) checkElement(problems, `${where} (section) accessory`, block['accessory']);
        break;
      }
      case 'actions': {
        const elements = Array.isArray(block['elements']) ? block['elements'] : [];
        if (elements.length === 0) problems.push(`${where} (actions): no elements`);
        if (elements.length > LIMITS.actionsElements) problems.push(`${where} (actions): ${elements.length} elements (max ${LIMITS.actionsElements})`);
        elements.forEach((element, i) => checkElement(problems, `${where} (actions) element ${i}`, element));
        break;
      }
      case 'context': {
        const elements = Array.isArray(block['elements']) ? block['elements'] : [];
        if (elements.length === 0) problems.push(`${where} (context): no elements`);
        if (elements.length > LIMITS.contextElements) problems.push(`${where} (context): ${elements.length} elements (max ${LIMITS.contextElements})`);
        elements.forEach((element, i) => {
          const value = textOf(element);
          if (value !== undefined && value.trim() === '') problems.push(`${where} (context) element ${i}: empty`);
          checkLength(problems, `${where} (context) element ${i}`, value, LIMITS.contextText);
        });
        break;
      }
      default:
        break;
    }
  });
  return problems;
}

/** A whole message: blocks within limits and a non-empty plain-text fallback. */
export function checkMessageLimits(message: { text?: unknown; blocks?: unknown }): string[] {
  const problems: string[] = [];
  if (typeof message.text !== 'string' || message.text.trim() === '') problems.push('message has no text fallback');
  else checkLength(problems, 'message text', message.text, LIMITS.messageText);
  if (message.blocks !== undefined) {
    if (!Array.isArray(message.blocks)) problems.push('blocks is not an array');
    else problems.push(...checkBlockLimits(message.blocks));
  }
  return problems;
}
