// Dies of a real SIGSEGV (a write through a null pointer in its own code),
// so the kernel prints its "COMM[PID]: segfault at ... in FILE[...]" line
// naming this program's task and file (VM test: kernel-log forgery by a
// program with a hostile name). Built without sanitizers (CMakeLists.txt):
// their handlers would take the fault before the kernel reports it.
int main() {
  volatile int* p = nullptr;
  *p = 1;
  return 0;
}
