/**
 * What "set my role", "forget my role" and "what is my role?" do and say, for every transport (Slack, the
 * CLI chat, the console). The role is resolved by the assistant as any role name is; an unclear or unknown
 * name gets the usual clarify / not-found answer and nothing is saved.
 */
import type { Assistant, AskResult } from '../answer/assistant-api.ts';
import { readMyRoleCommand, type MyRoleCommand } from '../answer/move/my-role-command.ts';
import type { Answer, ConversationContext } from '../answer/types.ts';
import type { MyRoleStore } from './my-role-store.ts';

function reply(question: string, text: string): Answer {
  return { kind: 'help', question, roles: [], text, lead: text, citations: [], examples: [] };
}

function titled(assistant: Assistant, id: string): string {
  const profile = assistant.profile(id);
  if (!profile) return id;
  return profile.organisation ? `${profile.title} (${profile.organisation})` : profile.title;
}

export async function answerMyRoleCommand(command: MyRoleCommand, question: string, userId: string, store: MyRoleStore, assistant: Assistant): Promise<Answer> {
  switch (command.kind) {
    case 'set': {
      const found = assistant.summary(command.role);
      const id = found.kind === 'summary' ? found.roles[0]?.id : undefined;
      if (id === undefined) return found;
      await store.set(userId, id);
      return reply(question, `Saved: your role is ${titled(assistant, id)}. Ask "what would it take to move to <role>?" and I will compare from it. Only your user id and this role are kept; "forget my role" removes them.`);
    }
    case 'forget':
      return reply(question, (await store.forget(userId)) ? 'Done: I no longer hold a role for you.' : 'I held no role for you, so there was nothing to forget.');
    case 'show': {
      const id = await store.get(userId);
      if (id === undefined) return reply(question, 'You have not saved a role. Say "set my role <your role>" to save one.');
      if (!assistant.profile(id)) return reply(question, `Your saved role (${id}) is no longer in the profiles I hold. Say "set my role <your role>" to save it again.`);
      return reply(question, `Your saved role is ${titled(assistant, id)}. "forget my role" removes it.`);
    }
  }
}

/** The saved role still held by the assistant, for a question's context; a role since removed is ignored. */
export async function savedRoleId(store: MyRoleStore, userId: string, assistant: Assistant): Promise<string | undefined> {
  const id = await store.get(userId);
  return id !== undefined && assistant.profile(id) ? id : undefined;
}

/**
 * One message from a person: a my-role command is done and answered; anything else is asked with their saved
 * role as the context's askerRoleId, which is taken out of the context returned (a thread's context is shared;
 * the saved role is the asker's own).
 */
export async function askAsPerson(
  assistant: Assistant,
  store: MyRoleStore,
  userId: string,
  question: string,
  context: ConversationContext,
): Promise<AskResult & { myRoleCommand: boolean }> {
  const command = readMyRoleCommand(question);
  if (command) return { answer: await answerMyRoleCommand(command, question, userId, store, assistant), context, myRoleCommand: true };
  const saved = await savedRoleId(store, userId, assistant);
  const { askerRoleId: _dropped, ...shared } = context;
  const result = assistant.ask(question, saved !== undefined ? { ...shared, askerRoleId: saved } : shared);
  const { askerRoleId: _asker, ...next } = result.context;
  return { answer: result.answer, context: next, myRoleCommand: false };
}
