// SPDX-License-Identifier: GPL-2.0
/*
 * /dev/tempmon: read() in the seed's human form, poll(), the read-only
 * mmap of the ring, ioctls. /dev/tempmon_raw: one binary sample per read(),
 * the seed's data path, kept so the zero-copy path can be compared with it.
 */
#include <linux/fs.h>
#include <linux/miscdevice.h>
#include <linux/mm.h>
#include <linux/module.h>
#include <linux/poll.h>
#include <linux/slab.h>
#include <linux/uaccess.h>
#include <linux/vmalloc.h>

#include "compat.h"
#include "tempmon_priv.h"

#define TM_TEXT_SIZE 2048

struct tm_file {
	struct mutex lock;		/* text buffer vs concurrent read() */
	u64 pos;			/* head at the last read()/POLLIN */
	u64 thr_seen;			/* thr_transitions at the last POLLPRI */
	size_t text_len;
	char text[TM_TEXT_SIZE];
};

static int tm_open(struct inode *inode, struct file *file)
{
	struct tm_file *tf = kzalloc(sizeof(*tf), GFP_KERNEL);
	unsigned long flags;

	if (!tf)
		return -ENOMEM;
	mutex_init(&tf->lock);
	spin_lock_irqsave(&tm.lock, flags);
	tf->pos = tm.ctrl->head;
	tf->thr_seen = tm.thr_transitions;
	spin_unlock_irqrestore(&tm.lock, flags);
	file->private_data = tf;
	return 0;
}

static int tm_release(struct inode *inode, struct file *file)
{
	kfree(file->private_data);
	return 0;
}

static size_t tm_format(char *buf, size_t size, u64 *head_out)
{
	struct tempmon_ctrl *c = tm.ctrl;
	unsigned long flags;
	size_t n = 0;
	u64 head, tail;
	u32 id;

	spin_lock_irqsave(&tm.lock, flags);
	for (id = 0; id < TEMPMON_MAX_SENSORS; id++) {
		const struct tm_sensor *s = &tm.sensors[id];
		s64 t = c->sensors[id].last_mc;	/* s64: abs() of S32_MIN is fine */
		static const char *const kinds[] = { "none", "zone", "push", "sim" };
		static const char *const units[TEMPMON_UNIT_MAX + 1] = {
			[TEMPMON_UNIT_CELSIUS] = "C", [TEMPMON_UNIT_MHZ] = "MHz",
			[TEMPMON_UNIT_WATT] = "W", [TEMPMON_UNIT_RPM] = "RPM",
		};

		if (s->kind == TEMPMON_SENSOR_NONE)
			continue;
		n += scnprintf(buf + n, size - n, "%u %s %s: %s%lld.%03lld %s%s\n",
			       id, kinds[s->kind], s->name, t < 0 ? "-" : "",
			       abs(t) / 1000, abs(t) % 1000,
			       s->desc.unit <= TEMPMON_UNIT_MAX ? units[s->desc.unit] : "?",
			       s->throttling ? " THROTTLING" : "");
	}
	head = c->head;
	tail = c->tail;
	n += scnprintf(buf + n, size - n,
		       "buffered %llu of %llu records, written %llu, overwritten %llu, rate %u Hz%s\n",
		       head - tail, tm.capacity, c->written, c->overwritten,
		       tm.rate_hz, c->frozen_by ? ", FROZEN" : "");
	spin_unlock_irqrestore(&tm.lock, flags);
	*head_out = head;
	return n;
}

static ssize_t tm_read(struct file *file, char __user *buf, size_t len, loff_t *ppos)
{
	struct tm_file *tf = file->private_data;
	ssize_t ret;

	mutex_lock(&tf->lock);
	/* A fresh snapshot at offset 0, so `cat` and re-reads are coherent. */
	if (*ppos == 0)
		tf->text_len = tm_format(tf->text, sizeof(tf->text), &tf->pos);
	ret = simple_read_from_buffer(buf, len, ppos, tf->text, tf->text_len);
	mutex_unlock(&tf->lock);
	return ret;
}

static __poll_t tm_poll(struct file *file, struct poll_table_struct *wait)
{
	struct tm_file *tf = file->private_data;
	__poll_t mask = 0;
	u64 head, thr;

	poll_wait(file, &tm.readers, wait);
	head = smp_load_acquire(&tm.ctrl->head);
	thr = READ_ONCE(tm.thr_transitions);
	/* A reported event is consumed: the next poll() waits for newer ones. */
	if (head != READ_ONCE(tf->pos)) {
		WRITE_ONCE(tf->pos, head);
		mask |= EPOLLIN | EPOLLRDNORM;
	}
	if (thr != READ_ONCE(tf->thr_seen)) {
		WRITE_ONCE(tf->thr_seen, thr);
		mask |= EPOLLPRI;
	}
	return mask;
}

static int tm_mmap(struct file *file, struct vm_area_struct *vma)
{
	unsigned long len = vma->vm_end - vma->vm_start;

	if (vma->vm_pgoff != 0 || len != tm.area_size)
		return -EINVAL;
	if (vma->vm_flags & VM_WRITE)
		return -EPERM;
	/* Also forbid a later mprotect(PROT_WRITE). */
	tm_vm_flags_clear(vma, VM_MAYWRITE);
	return remap_vmalloc_range(vma, tm.area, 0);
}

static const struct file_operations tm_fops = {
	.owner = THIS_MODULE,
	.open = tm_open,
	.release = tm_release,
	.read = tm_read,
	.poll = tm_poll,
	.mmap = tm_mmap,
	.unlocked_ioctl = tm_ioctl,
	.compat_ioctl = compat_ptr_ioctl,
};

/* ---- /dev/tempmon_raw --------------------------------------------------- */

/* The seed's sample: 16 bytes per read(). */
struct tm_raw_sample {
	u64 ts_ns;
	s32 temp_mc;
	u16 sensor;
	u16 flags;
};

static int tm_raw_open(struct inode *inode, struct file *file)
{
	u64 *cursor = kmalloc(sizeof(*cursor), GFP_KERNEL);

	if (!cursor)
		return -ENOMEM;
	*cursor = smp_load_acquire(&tm.ctrl->tail);
	file->private_data = cursor;
	return 0;
}

/* Returns one record per call, oldest first; 0 at the head (no blocking). */
static ssize_t tm_raw_read(struct file *file, char __user *buf, size_t len, loff_t *ppos)
{
	u64 *cursor = file->private_data;
	struct tm_raw_sample out;
	struct tempmon_record *r;
	unsigned long flags;

	if (len < sizeof(out))
		return -EINVAL;
	/* Like the seed: under the producer lock, one sample per syscall. */
	spin_lock_irqsave(&tm.lock, flags);
	if (*cursor < tm.ctrl->tail)
		*cursor = tm.ctrl->tail;
	if (*cursor >= tm.ctrl->head) {
		spin_unlock_irqrestore(&tm.lock, flags);
		return 0;
	}
	r = &tm.recs[*cursor & (tm.capacity - 1)];
	out.ts_ns = r->ts_ns;
	out.temp_mc = r->temp_mc;
	out.sensor = r->sensor;
	out.flags = r->flags;
	(*cursor)++;
	spin_unlock_irqrestore(&tm.lock, flags);
	if (copy_to_user(buf, &out, sizeof(out)))
		return -EFAULT;
	return sizeof(out);
}

static const struct file_operations tm_raw_fops = {
	.owner = THIS_MODULE,
	.open = tm_raw_open,
	.release = tm_release,
	.read = tm_raw_read,
};

static struct miscdevice tm_misc = {
	.minor = MISC_DYNAMIC_MINOR,
	.name = TEMPMON_DEVICE_NAME,
	.fops = &tm_fops,
	.mode = 0444,
};

static struct miscdevice tm_raw_misc = {
	.minor = MISC_DYNAMIC_MINOR,
	.name = TEMPMON_DEVICE_NAME "_raw",
	.fops = &tm_raw_fops,
	.mode = 0444,
};

int tm_fops_init(void)
{
	int ret = misc_register(&tm_misc);

	if (ret)
		return ret;
	ret = misc_register(&tm_raw_misc);
	if (ret)
		misc_deregister(&tm_misc);
	return ret;
}

void tm_fops_exit(void)
{
	misc_deregister(&tm_raw_misc);
	misc_deregister(&tm_misc);
}
