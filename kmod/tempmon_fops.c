// SPDX-License-Identifier: GPL-2.0
/*
 * /dev/tempmon: read() in a human-readable form, poll(), the read-only
 * mmap of the ring, ioctls.
 *
 * Who may open it is decided here, not only by a udev rule: the node is
 * created by devtmpfs with mode 0640 and the group given by the gid=
 * parameter (the package's tempmon group), so no other user reads the
 * 1 kHz temperatures, power and GPU identities, whatever udev does or
 * whether it runs at all. That needs the device's own device_type (its
 * devnode() sets the gid), hence a plain character device rather than a
 * misc device, whose nodes devtmpfs always creates as root:root.
 *
 * TEMPMON_BENCH_RAW (the benchmark's own build, scripts/build-kmod):
 * /dev/tempmon_raw, one binary sample per read() (a syscall per sample),
 * kept only so that the zero-copy path can be compared with it.
 */
#define pr_fmt(fmt) KBUILD_MODNAME ": " fmt

#include <linux/cdev.h>
#include <linux/cred.h>
#include <linux/device.h>
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

static unsigned int gid;
module_param(gid, uint, 0444);
MODULE_PARM_DESC(gid, "group that may read /dev/tempmon (mode 0640); 0: root only");

struct tm_file {
	struct mutex lock;		/* text buffer vs concurrent read() */
	u64 pos;			/* head at the last read()/POLLIN */
	u64 thr_seen;			/* thr_transitions at the last POLLPRI */
	size_t text_len;
	char text[TM_TEXT_SIZE];
};

static int tm_open(struct inode *inode, struct file *file)
{
	/* 2 KiB per open file: charged to the opener's memory cgroup. */
	struct tm_file *tf = kzalloc(sizeof(*tf), GFP_KERNEL_ACCOUNT);
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
			[TEMPMON_UNIT_PERCENT] = "%",
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
	/*
	 * Pairs with the release store of head in tempmon_ring_put(): the
	 * records below the head reported here are published.
	 */
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

#ifdef TEMPMON_BENCH_RAW
/* ---- /dev/tempmon_raw (the benchmark's build only) ----------------------- */

/* The raw device's sample: 16 bytes per read(), the benchmark's baseline. */
struct tm_raw_sample {
	u64 ts_ns;
	s32 temp_mc;
	u16 sensor;
	u16 flags;
};

static int tm_raw_open(struct inode *inode, struct file *file)
{
	u64 *cursor = kmalloc(sizeof(*cursor), GFP_KERNEL_ACCOUNT);

	if (!cursor)
		return -ENOMEM;
	/*
	 * The oldest record still valid; pairs with the release stores of
	 * tail in tempmon_ring_put() and tempmon_ring_clear(). Only a start:
	 * tm_raw_read() moves the cursor up to tail again under tm.lock.
	 */
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
	/* Under the producer lock, one sample per syscall: the cost mmap avoids. */
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

static struct miscdevice tm_raw_misc = {
	.minor = MISC_DYNAMIC_MINOR,
	.name = TEMPMON_DEVICE_NAME "_raw",
	.fops = &tm_raw_fops,
	.mode = 0440,
};

static int tm_raw_init(void)
{
	return misc_register(&tm_raw_misc);
}

static void tm_raw_exit(void)
{
	misc_deregister(&tm_raw_misc);
}
#else
static int tm_raw_init(void)
{
	return 0;
}

static void tm_raw_exit(void)
{
}
#endif /* TEMPMON_BENCH_RAW */

/* ---- the device node ----------------------------------------------------- */

static dev_t tm_devt;
static struct cdev tm_cdev;
static struct device *tm_dev;
static kgid_t tm_gid;

/* devtmpfs creates the node with this mode and group. */
static char *tm_devnode(TM_DEVNODE_CONST struct device *dev, umode_t *mode,
			kuid_t *uid, kgid_t *gidp)
{
	if (mode)
		*mode = 0640;
	if (gidp)
		*gidp = tm_gid;
	return NULL;
}

static const struct device_type tm_devtype = {
	.name = TEMPMON_DEVICE_NAME,
	.devnode = tm_devnode,
};

static void tm_dev_release(struct device *dev)
{
	kfree(dev);
}

/**
 * tm_fops_init() - create /dev/tempmon (and the benchmark's raw device)
 *
 * Return: 0, or a negative errno with nothing left registered.
 */
int tm_fops_init(void)
{
	struct device *dev;
	int ret;

	tm_gid = make_kgid(&init_user_ns, gid);
	if (!gid_valid(tm_gid)) {
		pr_err("gid=%u is not a valid group\n", gid);
		return -EINVAL;
	}
	ret = alloc_chrdev_region(&tm_devt, 0, 1, TEMPMON_DEVICE_NAME);
	if (ret)
		return ret;
	cdev_init(&tm_cdev, &tm_fops);
	tm_cdev.owner = THIS_MODULE;
	dev = kzalloc(sizeof(*dev), GFP_KERNEL);
	if (!dev) {
		ret = -ENOMEM;
		goto err_region;
	}
	device_initialize(dev);
	dev->devt = tm_devt;
	dev->type = &tm_devtype;
	dev->release = tm_dev_release;
	ret = dev_set_name(dev, TEMPMON_DEVICE_NAME);
	if (ret)
		goto err_put;
	ret = cdev_device_add(&tm_cdev, dev);
	if (ret)
		goto err_put;
	tm_dev = dev;
	ret = tm_raw_init();
	if (ret)
		goto err_del;
	return 0;

err_del:
	cdev_device_del(&tm_cdev, tm_dev);
	tm_dev = NULL;
err_put:
	put_device(dev);
err_region:
	unregister_chrdev_region(tm_devt, 1);
	return ret;
}

void tm_fops_exit(void)
{
	tm_raw_exit();
	cdev_device_del(&tm_cdev, tm_dev);
	put_device(tm_dev);
	tm_dev = NULL;
	unregister_chrdev_region(tm_devt, 1);
}
