import type { Client } from '@microsoft/microsoft-graph-client';
import { toMeasuresError } from './to-measures-error';

/**
 * The signed-in user's department as Entra ID holds it (`GET /me?$select=department`), or null
 * when the directory has none. User.Read covers it; a failure is a MeasuresError.
 */
export async function readMyDepartment(client: Client): Promise<string | null> {
  try {
    const me = (await client.api('/me').select('department').get()) as { department?: unknown };
    return typeof me.department === 'string' && me.department.trim() !== ''
      ? me.department.trim()
      : null;
  } catch (error) {
    throw toMeasuresError(error);
  }
}
