/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The one place where tempmon.ko bridges kernel API drift between the test
 * kernels (Debian 6.1 and 6.12).
 */
#ifndef TEMPMON_COMPAT_H
#define TEMPMON_COMPAT_H

#include <linux/version.h>
#include <linux/mm.h>
#ifdef CONFIG_X86_64
#include <asm/cpufeature.h>
#endif

/*
 * v6.3, commit bc292ab00f6c ("mm: introduce vma->vm_flags wrapper
 * functions") made vma->vm_flags read-only to drivers; modifications go
 * through vm_flags_clear()/vm_flags_set() with the mmap lock held.
 */
static inline void tm_vm_flags_clear(struct vm_area_struct *vma, unsigned long flags)
{
#if LINUX_VERSION_CODE >= KERNEL_VERSION(6, 3, 0)
	vm_flags_clear(vma, flags);
#else
	vma->vm_flags &= ~flags;
#endif
}

/*
 * v6.2 ("driver core: make struct device_type.devnode() take a const *"):
 * the devnode() callback of /dev/tempmon's device_type
 * takes a const struct device * from then on.
 */
#if LINUX_VERSION_CODE >= KERNEL_VERSION(6, 2, 0)
#define TM_DEVNODE_CONST const
#else
#define TM_DEVNODE_CONST
#endif

/*
 * Not needed: /dev/tempmon's device has no class, so class_create(), which
 * lost its owner argument in v6.4 (commit 1aaba11da9aa, "driver core:
 * class: remove module * from class_create()"), is not called.
 * thermal_zone_get_zone_by_name() and thermal_zone_get_temp() have the same
 * signatures in 6.1 and 6.12.
 */

/*
 * Not used on purpose: the kernel's crc32c(). On the 6.1 and 6.12 test
 * kernels it is exported by the libcrc32c module (a wrapper around the
 * crypto API's "crc32c" shash), which insmod of tempmon.ko does not load
 * and which may sleep on first use; later kernels turned it into a plain
 * library call. tempmon_ring.c issues the SSE4.2 crc32 instruction itself
 * (X86_FEATURE_XMM4_2, present on every kernel) and falls back to the
 * uapi header's portable CRC32C, so nothing here depends on the version.
 */

#endif /* TEMPMON_COMPAT_H */
