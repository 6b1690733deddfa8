// Accounts by email (sign-in, the CLI, a claim's author and reviewer). $emails: lower-cased emails.
UNWIND $emails AS email
MATCH (u:User {email: email})
RETURN u {.*} AS user
