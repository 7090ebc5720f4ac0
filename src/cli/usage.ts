/** The help text: the one place the CLI's commands and options are described. */
export const USAGE = `Role Call: answers about police role documents, with citations.

Usage: rolecall <command> [options]

Documents
  parse <file> [--json]                 Parse one document and show what was found; stores nothing.
                                        --json prints the RoleProfile.
  ingest <file|dir>... [--data DIR]     Parse documents (.txt .md .docx .pdf) and store their profiles.
                                        Same title and force replaces the old profile.
  ingest --reparse [--data DIR]         Parse again the stored documents whose profiles an older parser
                                        made; keeps HR corrections and prints what changed, field by field.
  roles [--data DIR] [--json]           List the stored roles.
  review [--data DIR] [--json]          What HR should check: profiles with low-confidence fields or staff
                                        reports, top unanswered subjects this month, open reports.
  review --resolve <id> [--data DIR]    Mark an open report resolved (its id is in [brackets] above).

Questions
  ask "<question>" [--data DIR] [--json]
                                        One answer. With no question, each line of standard input is a
                                        separate question; --json prints one JSON object a line.
  chat [--data DIR] [--json]            Standard input is one conversation: follow-ups such as
                                        "what about its shifts?" refer to the last role discussed.
  show <role> [--data DIR] [--json]     A role's summary.
  compare <roleA> <roleB> [<roleC>] [--data DIR] [--json]
                                        Two or three roles side by side.
  move <fromRole> <toRole> [--data DIR] [--json]
                                        What moving from one role to another would take: a checklist
                                        citing both profiles (also: move contact handler to pcso).

Options
  --data DIR    Data directory (default: ROLECALL_DATA_DIR, else ./data).
  --json        Machine-readable output.
  -h, --help    This help.

Examples
  rolecall ingest data/sources --data /tmp/roles
  rolecall ask "what vetting does a PCSO need?"
  echo "hours and vetting for a contact handler?" | rolecall ask --json
  rolecall compare "contact handler" pcso
  rolecall move "contact handler" pcso`;
