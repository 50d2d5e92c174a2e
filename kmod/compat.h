/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The one place where tempmon.ko bridges kernel API drift between the test
 * kernels (Debian 6.1 and 6.12).
 */
#ifndef TEMPMON_COMPAT_H
#define TEMPMON_COMPAT_H

#include <linux/version.h>
#include <linux/mm.h>

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
 * Not needed thanks to the choice of a misc device: class_create() lost its
 * owner argument in v6.4 (commit 1aaba11da9aa, "driver core: class: remove
 * module * from class_create()"). thermal_zone_get_zone_by_name() and
 * thermal_zone_get_temp() have the same signatures in 6.1 and 6.12.
 */

#endif /* TEMPMON_COMPAT_H */
