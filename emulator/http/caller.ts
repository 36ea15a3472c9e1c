// Who calls: Graph names the caller of the access token in createdBy / lastModifiedBy, whatever
// the fields say. The emulator reads the bearer token's claims (a JWT's `name`, else
// `preferred_username`, else `oid`) without checking its signature: it stands in for Graph, not
// for Entra ID. A request without a token is anonymous (the emulator then names the editor from
// the write itself, as before tokens were sent).

export function callerName(headers: Record<string, string | undefined>): string | null {
  const match = /^Bearer\s+([^\s]+)$/i.exec(headers.authorization?.trim() ?? '');
  const payload = match?.[1]?.split('.')[1];
  if (!payload) return null;
  try {
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as unknown;
    if (typeof claims !== 'object' || claims === null) return null;
    const { name, preferred_username: username, oid } = claims as Record<string, unknown>;
    const found = [name, username, oid].find(
      (value): value is string => typeof value === 'string' && value.trim() !== '',
    );
    return found?.trim() ?? null;
  } catch {
    return null;
  }
}
