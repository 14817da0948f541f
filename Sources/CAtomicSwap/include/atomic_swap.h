#ifndef LENTERA_ATOMIC_SWAP_H
#define LENTERA_ATOMIC_SWAP_H

/// Exchanges two paths atomically (Linux renameat2 with RENAME_EXCHANGE): readers see
/// either the old tree or the new one, never neither. Returns 0 on success, or -1 with
/// errno set (ENOSYS or EINVAL where the kernel or file system cannot exchange).
int lentera_exchange_paths(const char *first, const char *second);

#endif
