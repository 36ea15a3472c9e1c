import { useEffect, useState } from 'react';
import { useServices } from '../features/shared';

/**
 * The signed-in user's Entra ID department, read once per user (`userKey`; null: not yet known
 * or not signed in). Null while unread, when the directory has none, or when it cannot be read:
 * the user then picks their unit themselves, as before.
 */
export function useMyDepartment(userKey: string | null): string | null {
  const services = useServices();
  const [read, setRead] = useState<{ userKey: string; department: string | null } | null>(null);
  useEffect(() => {
    if (userKey === null) return;
    let current = true;
    services.myDepartment().then(
      (department: string | null) => current && setRead({ userKey, department }),
      () => current && setRead({ userKey, department: null }),
    );
    return () => {
      current = false;
    };
  }, [services, userKey]);
  return read !== null && read.userKey === userKey ? read.department : null;
}
