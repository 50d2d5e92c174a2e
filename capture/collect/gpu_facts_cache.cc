      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
#      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
i      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
n      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
c      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
l      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
u      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
d      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
e      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
"      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
c      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
a      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
p      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
u      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
r      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
e      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
/      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
c      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
o      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
l      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
l      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
e      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
c      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
/      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
g      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
p      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
u      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
_      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
f      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
a      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
c      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
_      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
c      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
a      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
c      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
h      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
e      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
.      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
h      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
"      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }

      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }

      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
#      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
i      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
n      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
c      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
l      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
u      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
d      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
e      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
<      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
c      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
o      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
n      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
d      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
i      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
i      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
o      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
n      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
_      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
v      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
a      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
r      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
i      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
a      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
b      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
l      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
e      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
>      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }

      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
#      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
i      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
n      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
c      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
l      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
u      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
d      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
e      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
<      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
m      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
u      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
e      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
x      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
>      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }

      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
#      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
i      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
n      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
c      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
l      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
u      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
d      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
e      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
<      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
h      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
r      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
e      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
a      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
d      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
>      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }

      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }

      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
#      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
i      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
n      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
c      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
l      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
u      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
d      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
e      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
"      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
e      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
m      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
p      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
m      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
o      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
n      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
/      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
p      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
r      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
o      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
c      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
/      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
c      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
h      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
i      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
l      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
d      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
.      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
h      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
"      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }

      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
#      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
i      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
n      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
c      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
l      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
u      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
d      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
e      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
"      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
f      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
e      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
e      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
d      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
/      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
n      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
v      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
m      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
l      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
_      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
f      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
a      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
c      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
.      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
h      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
"      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }

      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }

      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
n      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
a      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
m      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
e      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
p      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
a      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
c      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
e      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
e      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
m      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
p      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
m      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
o      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
n      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
:      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
:      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
c      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
a      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
p      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
u      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
r      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
e      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
{      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }

      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
n      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
a      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
m      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
e      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
p      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
a      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
c      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
e      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
{      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }

      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }

      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
u      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
i      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
n      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
6      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
4      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
_      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
M      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
o      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
n      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
o      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
N      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
o      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
w      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
(      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
)      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
{      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }

      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
i      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
m      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
e      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
p      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
e      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
c      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
;      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }

      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
c      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
l      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
o      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
c      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
k      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
_      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
g      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
e      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
i      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
m      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
e      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
(      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
C      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
L      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
O      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
C      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
K      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
_      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
M      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
O      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
N      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
O      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
T      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
O      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
N      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
I      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
C      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
,      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
&      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
)      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
;      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }

      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
r      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
e      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
u      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
r      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
n      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
u      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
i      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
n      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
6      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
4      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
_      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
(      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
.      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
v      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
_      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
e      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
c      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
)      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
*      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
1      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
'      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
0      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
0      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
0      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
'      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
0      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
0      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
0      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
'      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
0      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
0      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
0      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
u      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
l      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
l      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
+      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
u      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
i      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
n      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
6      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
4      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
_      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
(      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
.      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
v      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
_      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
n      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
e      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
c      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
)      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
;      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }

      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
}      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }

      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }

      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
d      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
:      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
:      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
r      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
i      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
n      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
g      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
A      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
g      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
e      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
T      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
e      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
x      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
(      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
u      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
i      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
n      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
6      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
4      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
_      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
n      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
o      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
w      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
,      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
u      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
i      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
n      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
6      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
4      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
_      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
h      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
e      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
n      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
)      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
{      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }

      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
r      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
e      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
u      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
r      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
n      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
d      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
:      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
:      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
o      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
_      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
r      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
i      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
n      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
g      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
(      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
(      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
n      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
o      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
w      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
>      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
h      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
e      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
n      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
?      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
n      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
o      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
w      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
-      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
h      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
e      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
n      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
:      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
0      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
)      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
/      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
1      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
'      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
0      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
0      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
0      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
'      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
0      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
0      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
0      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
)      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
+      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
"      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
m      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
"      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
;      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }

      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
}      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }

      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }

      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
/      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
/      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
A      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
c      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
h      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
e      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
a      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
p      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
r      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
e      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
a      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
d      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
r      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
e      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
p      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
l      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
a      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
c      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
e      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
h      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
e      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
m      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
o      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
v      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
i      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
n      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
g      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
f      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
i      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
e      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
l      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
d      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
o      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
f      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
e      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
a      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
c      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
h      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
G      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
P      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
U      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
i      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
n      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
h      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
e      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
f      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
u      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
l      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
l      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
r      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
e      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
a      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
d      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
.      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }

      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
v      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
o      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
i      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
d      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
M      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
e      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
r      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
g      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
e      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
C      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
h      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
e      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
a      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
p      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
(      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
n      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
l      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
o      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
h      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
m      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
a      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
n      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
n      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
:      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
:      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
j      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
o      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
n      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
&      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
f      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
u      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
l      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
l      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
,      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
c      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
o      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
n      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
n      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
l      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
o      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
h      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
m      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
a      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
n      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
n      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
:      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
:      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
j      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
o      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
n      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
&      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
c      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
h      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
e      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
a      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
p      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
)      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
{      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }

      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
i      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
f      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
(      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
!      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
f      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
u      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
l      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
l      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
.      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
c      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
o      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
n      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
a      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
i      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
n      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
(      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
"      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
g      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
p      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
u      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
"      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
)      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
|      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
|      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
!      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
c      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
h      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
e      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
a      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
p      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
.      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
c      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
o      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
n      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
a      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
i      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
n      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
(      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
"      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
g      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
p      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
u      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
"      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
)      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
)      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
{      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }

      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
f      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
u      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
l      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
l      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
=      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
c      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
h      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
e      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
a      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
p      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
;      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }

      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
r      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
e      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
u      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
r      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
n      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
;      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }

      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
}      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }

      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
f      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
o      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
r      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
(      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
c      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
o      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
n      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
a      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
u      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
o      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
&      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
g      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
:      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
c      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
h      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
e      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
a      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
p      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
[      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
"      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
g      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
p      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
u      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
"      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
]      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
)      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }

      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
f      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
o      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
r      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
(      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
a      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
u      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
o      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
&      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
f      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
:      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
f      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
u      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
l      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
l      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
[      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
"      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
g      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
p      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
u      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
"      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
]      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
)      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }

      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
i      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
f      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
(      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
f      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
.      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
v      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
a      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
l      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
u      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
e      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
(      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
"      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
i      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
n      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
d      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
e      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
x      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
"      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
,      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
-      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
1      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
)      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
=      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
=      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
g      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
.      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
v      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
a      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
l      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
u      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
e      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
(      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
"      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
i      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
n      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
d      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
e      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
x      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
"      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
,      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
-      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
2      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
)      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
)      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
f      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
.      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
m      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
e      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
r      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
g      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
e      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
_      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
p      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
a      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
c      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
h      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
(      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
g      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
)      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
;      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }

      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
}      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }

      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }

      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
}      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
/      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
/      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
n      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
a      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
m      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
e      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
p      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
a      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
c      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
e      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }

      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }

      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
r      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
u      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
c      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
G      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
p      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
u      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
F      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
a      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
c      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
C      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
a      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
c      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
h      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
e      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
:      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
:      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
S      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
a      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
e      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
{      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }

      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
d      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
:      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
:      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
m      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
u      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
e      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
x      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
m      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
u      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
;      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }

      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
d      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
:      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
:      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
c      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
o      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
n      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
d      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
i      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
i      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
o      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
n      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
_      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
v      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
a      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
r      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
i      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
a      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
b      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
l      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
e      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
c      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
v      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
;      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }

      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
/      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
/      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
N      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
V      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
M      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
L      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }

      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
d      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
:      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
:      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
u      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
n      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
i      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
q      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
u      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
e      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
_      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
p      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
r      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
<      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
f      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
e      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
e      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
d      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
:      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
:      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
N      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
v      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
m      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
l      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
F      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
a      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
c      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
>      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
f      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
a      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
c      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
;      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
/      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
/      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
u      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
e      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
d      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
b      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
y      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
o      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
n      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
e      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
w      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
o      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
r      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
k      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
e      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
r      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
a      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
a      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
i      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
m      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
e      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }

      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
b      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
o      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
o      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
l      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
n      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
v      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
m      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
l      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
_      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
b      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
u      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
y      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
=      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
f      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
a      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
l      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
e      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
;      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }

      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
u      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
i      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
n      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
6      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
4      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
_      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
n      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
v      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
m      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
l      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
_      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
b      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
u      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
y      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
_      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
i      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
n      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
c      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
e      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
=      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
0      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
;      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }

      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
b      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
o      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
o      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
l      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
n      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
v      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
m      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
l      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
_      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
d      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
o      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
n      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
e      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
_      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
o      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
n      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
c      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
e      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
=      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
f      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
a      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
l      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
e      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
;      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }

      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
n      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
l      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
o      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
h      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
m      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
a      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
n      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
n      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
:      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
:      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
j      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
o      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
n      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
n      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
v      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
m      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
l      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
;      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
/      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
/      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
m      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
e      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
r      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
g      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
e      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
d      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
f      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
a      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
c      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }

      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
u      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
i      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
n      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
6      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
4      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
_      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
n      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
v      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
m      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
l      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
_      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
r      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
e      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
a      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
d      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
_      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
n      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
=      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
0      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
,      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
n      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
v      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
m      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
l      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
_      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
f      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
u      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
l      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
l      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
_      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
n      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
=      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
0      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
;      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }

      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
d      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
:      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
:      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
r      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
i      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
n      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
g      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
n      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
v      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
m      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
l      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
_      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
e      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
r      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
r      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
o      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
r      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
;      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }

      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
b      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
o      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
o      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
l      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
n      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
v      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
m      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
l      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
_      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
a      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
b      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
e      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
n      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
=      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
f      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
a      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
l      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
e      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
;      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
/      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
/      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
n      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
o      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
l      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
i      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
b      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
r      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
a      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
r      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
y      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
/      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
d      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
r      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
i      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
v      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
e      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
r      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
:      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
r      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
e      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
r      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
i      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
e      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
d      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
a      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
h      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
e      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
f      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
u      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
l      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
l      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
i      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
n      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
e      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
r      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
v      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
a      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
l      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }

      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
/      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
/      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
n      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
v      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
i      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
d      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
i      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
a      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
-      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
m      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
i      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }

      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
b      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
o      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
o      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
l      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
m      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
i      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
_      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
b      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
u      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
y      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
=      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
f      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
a      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
l      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
e      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
;      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }

      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
u      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
i      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
n      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
6      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
4      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
_      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
m      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
i      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
_      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
b      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
u      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
y      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
_      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
i      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
n      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
c      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
e      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
=      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
0      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
,      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
m      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
i      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
_      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
r      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
e      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
a      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
d      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
_      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
n      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
=      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
0      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
;      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }

      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
n      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
l      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
o      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
h      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
m      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
a      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
n      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
n      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
:      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
:      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
j      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
o      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
n      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
m      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
i      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
;      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }

      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
d      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
:      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
:      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
r      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
i      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
n      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
g      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
m      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
i      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
_      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
e      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
r      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
r      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
o      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
r      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
;      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }

      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
}      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
;      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }

      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }

      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
G      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
p      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
u      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
F      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
a      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
c      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
C      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
a      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
c      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
h      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
e      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
:      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
:      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
G      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
p      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
u      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
F      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
a      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
c      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
C      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
a      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
c      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
h      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
e      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
(      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
G      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
p      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
u      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
F      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
a      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
c      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
C      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
o      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
n      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
f      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
i      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
g      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
c      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
f      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
g      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
)      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
:      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
c      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
f      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
g      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
_      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
(      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
d      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
:      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
:      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
m      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
o      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
v      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
e      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
(      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
c      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
f      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
g      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
)      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
)      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
,      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
_      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
(      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
d      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
:      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
:      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
m      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
a      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
k      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
e      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
_      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
h      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
a      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
r      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
e      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
d      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
<      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
S      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
a      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
e      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
>      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
(      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
)      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
)      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
{      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
}      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }

      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }

      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
/      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
/      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
W      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
o      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
r      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
k      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
e      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
r      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
h      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
o      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
l      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
d      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
h      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
e      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
a      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
e      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
b      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
y      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
h      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
a      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
r      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
e      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
d      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
_      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
p      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
r      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
:      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
o      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
n      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
e      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
u      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
c      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
k      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
i      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
n      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
a      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
h      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
u      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
n      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
g      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
d      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
r      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
i      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
v      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
e      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
r      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
o      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
u      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
l      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
i      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
v      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
e      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }

      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
/      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
/      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
h      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
e      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
c      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
a      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
c      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
h      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
e      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
w      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
i      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
h      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
o      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
u      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
o      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
u      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
c      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
h      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
i      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
n      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
g      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
f      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
r      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
e      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
e      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
d      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
m      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
e      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
m      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
o      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
r      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
y      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
.      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }

      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
G      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
p      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
u      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
F      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
a      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
c      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
C      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
a      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
c      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
h      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
e      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
:      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
:      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
~      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
G      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
p      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
u      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
F      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
a      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
c      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
C      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
a      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
c      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
h      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
e      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
(      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
)      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
=      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
d      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
e      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
f      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
a      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
u      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
l      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
;      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }

      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }

      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
v      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
o      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
i      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
d      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
G      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
p      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
u      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
F      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
a      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
c      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
C      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
a      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
c      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
h      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
e      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
:      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
:      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
T      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
i      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
c      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
k      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
(      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
u      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
i      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
n      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
6      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
4      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
_      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
n      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
o      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
w      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
)      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
{      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }

      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
d      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
:      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
:      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
l      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
o      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
c      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
k      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
_      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
g      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
u      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
a      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
r      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
d      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
<      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
d      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
:      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
:      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
m      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
u      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
e      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
x      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
>      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
l      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
k      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
(      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
_      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
-      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
>      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
m      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
u      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
)      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
;      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }

      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
i      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
f      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
(      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
c      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
f      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
g      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
_      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
.      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
n      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
v      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
m      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
l      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
&      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
&      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
!      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
_      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
-      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
>      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
n      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
v      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
m      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
l      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
_      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
b      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
u      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
y      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
)      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
{      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }

      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
c      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
o      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
n      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
b      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
o      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
o      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
l      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
f      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
u      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
l      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
l      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
_      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
d      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
u      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
e      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
=      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
!      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
_      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
-      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
>      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
n      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
v      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
m      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
l      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
_      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
d      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
o      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
n      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
e      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
_      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
o      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
n      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
c      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
e      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
|      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
|      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
n      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
o      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
w      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
>      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
=      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
_      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
-      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
>      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
n      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
v      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
m      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
l      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
_      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
f      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
u      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
l      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
l      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
_      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
n      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
+      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
c      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
f      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
g      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
_      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
.      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
f      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
u      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
l      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
l      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
_      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
e      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
v      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
e      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
r      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
y      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
_      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
n      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
;      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }

      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
i      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
f      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
(      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
!      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
_      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
-      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
>      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
n      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
v      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
m      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
l      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
_      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
a      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
b      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
e      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
n      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
|      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
|      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
f      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
u      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
l      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
l      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
_      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
d      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
u      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
e      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
)      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
{      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }

      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
_      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
-      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
>      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
n      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
v      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
m      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
l      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
_      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
b      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
u      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
y      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
=      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
r      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
u      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
e      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
;      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }

      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
_      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
-      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
>      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
n      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
v      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
m      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
l      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
_      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
b      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
u      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
y      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
_      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
i      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
n      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
c      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
e      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
=      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
n      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
o      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
w      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
;      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }

      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
d      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
:      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
:      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
h      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
r      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
e      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
a      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
d      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
(      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
[      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
=      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
_      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
,      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
l      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
i      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
b      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
=      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
c      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
f      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
g      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
_      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
.      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
n      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
v      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
m      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
l      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
_      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
l      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
i      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
b      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
,      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
f      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
u      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
l      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
l      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
_      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
d      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
u      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
e      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
]      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
{      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }

      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
d      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
:      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
:      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
u      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
n      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
i      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
q      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
u      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
e      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
_      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
p      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
r      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
<      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
f      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
e      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
e      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
d      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
:      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
:      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
N      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
v      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
m      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
l      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
F      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
a      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
c      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
>      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
f      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
a      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
c      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
;      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }

      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
{      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }

      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
d      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
:      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
:      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
l      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
o      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
c      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
k      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
_      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
g      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
u      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
a      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
r      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
d      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
<      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
d      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
:      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
:      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
m      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
u      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
e      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
x      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
>      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
l      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
(      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
-      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
>      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
m      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
u      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
)      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
;      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }

      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
f      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
a      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
c      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
=      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
d      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
:      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
:      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
m      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
o      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
v      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
e      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
(      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
-      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
>      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
f      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
a      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
c      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
)      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
;      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }

      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
}      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }

      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
d      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
:      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
:      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
r      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
i      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
n      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
g      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
w      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
h      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
y      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
;      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }

      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
i      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
f      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
(      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
!      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
f      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
a      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
c      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
)      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
f      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
a      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
c      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
=      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
f      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
e      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
e      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
d      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
:      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
:      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
N      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
v      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
m      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
l      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
F      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
a      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
c      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
:      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
:      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
O      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
p      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
e      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
n      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
(      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
l      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
i      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
b      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
,      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
&      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
w      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
h      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
y      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
)      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
;      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }

      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
n      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
l      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
o      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
h      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
m      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
a      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
n      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
n      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
:      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
:      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
j      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
o      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
n      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
j      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
;      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }

      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
i      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
f      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
(      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
f      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
a      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
c      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
)      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
j      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
=      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
f      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
a      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
c      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
-      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
>      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
R      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
e      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
a      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
d      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
(      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
f      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
u      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
l      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
l      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
_      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
d      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
u      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
e      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
?      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
f      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
e      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
e      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
d      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
:      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
:      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
N      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
v      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
m      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
l      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
F      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
a      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
c      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
:      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
:      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
L      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
e      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
v      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
e      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
l      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
:      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
:      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
k      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
F      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
u      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
l      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
l      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
:      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
f      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
e      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
e      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
d      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
:      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
:      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
N      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
v      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
m      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
l      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
F      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
a      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
c      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
:      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
:      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
L      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
e      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
v      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
e      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
l      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
:      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
:      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
k      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
C      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
h      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
e      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
a      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
p      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
)      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
;      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }

      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
c      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
o      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
n      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
u      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
i      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
n      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
6      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
4      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
_      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
=      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
M      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
o      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
n      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
o      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
N      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
o      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
w      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
(      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
)      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
;      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }

      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
d      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
:      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
:      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
l      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
o      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
c      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
k      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
_      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
g      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
u      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
a      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
r      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
d      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
<      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
d      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
:      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
:      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
m      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
u      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
e      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
x      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
>      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
l      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
(      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
-      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
>      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
m      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
u      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
)      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
;      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }

      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
-      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
>      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
f      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
a      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
c      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
=      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
d      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
:      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
:      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
m      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
o      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
v      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
e      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
(      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
f      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
a      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
c      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
)      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
;      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }

      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
i      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
f      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
(      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
!      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
-      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
>      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
f      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
a      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
c      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
)      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
{      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }

      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
-      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
>      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
n      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
v      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
m      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
l      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
_      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
a      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
b      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
e      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
n      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
=      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
r      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
u      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
e      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
;      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }

      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
-      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
>      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
n      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
v      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
m      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
l      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
_      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
e      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
r      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
r      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
o      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
r      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
=      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
w      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
h      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
y      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
;      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }

      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
-      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
>      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
n      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
v      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
m      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
l      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
_      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
f      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
u      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
l      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
l      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
_      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
n      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
=      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
;      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }

      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
}      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
e      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
l      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
e      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
{      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }

      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
-      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
>      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
n      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
v      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
m      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
l      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
_      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
a      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
b      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
e      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
n      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
=      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
f      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
a      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
l      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
e      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
;      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }

      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
-      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
>      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
n      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
v      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
m      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
l      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
_      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
e      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
r      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
r      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
o      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
r      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
.      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
c      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
l      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
e      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
a      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
r      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
(      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
)      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
;      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }

      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
i      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
f      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
(      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
f      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
u      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
l      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
l      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
_      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
d      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
u      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
e      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
)      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
{      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }

      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
-      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
>      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
n      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
v      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
m      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
l      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
=      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
j      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
;      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }

      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
-      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
>      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
n      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
v      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
m      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
l      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
_      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
f      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
u      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
l      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
l      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
_      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
n      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
=      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
;      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }

      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
}      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
e      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
l      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
e      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
{      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }

      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
M      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
e      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
r      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
g      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
e      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
C      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
h      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
e      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
a      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
p      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
(      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
-      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
>      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
n      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
v      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
m      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
l      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
,      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
j      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
)      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
;      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }

      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
}      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }

      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
-      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
>      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
n      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
v      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
m      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
l      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
_      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
r      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
e      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
a      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
d      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
_      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
n      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
=      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
;      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }

      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
}      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }

      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
-      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
>      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
n      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
v      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
m      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
l      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
_      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
d      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
o      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
n      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
e      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
_      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
o      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
n      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
c      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
e      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
=      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
r      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
u      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
e      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
;      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }

      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
-      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
>      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
n      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
v      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
m      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
l      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
_      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
b      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
u      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
y      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
=      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
f      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
a      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
l      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
e      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
;      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }

      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
-      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
>      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
c      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
v      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
.      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
n      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
o      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
i      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
f      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
y      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
_      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
a      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
l      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
l      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
(      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
)      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
;      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }

      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
}      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
)      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
.      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
d      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
e      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
a      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
c      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
h      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
(      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
)      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
;      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }

      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
}      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }

      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
}      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }

      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
i      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
f      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
(      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
c      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
f      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
g      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
_      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
.      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
n      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
v      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
i      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
d      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
i      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
a      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
_      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
m      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
i      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
&      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
&      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
!      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
_      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
-      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
>      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
m      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
i      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
_      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
b      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
u      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
y      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
&      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
&      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }

      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
(      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
_      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
-      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
>      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
m      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
i      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
_      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
r      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
e      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
a      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
d      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
_      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
n      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
=      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
=      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
0      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
|      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
|      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
n      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
o      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
w      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
>      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
=      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
_      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
-      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
>      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
m      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
i      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
_      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
r      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
e      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
a      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
d      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
_      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
n      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
+      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
c      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
f      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
g      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
_      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
.      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
m      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
i      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
_      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
e      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
v      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
e      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
r      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
y      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
_      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
n      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
)      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
)      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
{      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }

      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
_      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
-      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
>      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
m      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
i      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
_      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
b      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
u      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
y      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
=      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
r      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
u      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
e      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
;      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }

      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
_      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
-      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
>      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
m      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
i      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
_      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
b      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
u      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
y      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
_      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
i      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
n      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
c      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
e      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
=      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
n      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
o      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
w      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
;      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }

      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
d      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
:      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
:      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
h      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
r      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
e      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
a      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
d      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
(      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
[      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
=      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
_      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
,      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
d      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
e      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
a      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
d      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
l      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
i      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
n      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
e      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
=      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
c      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
f      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
g      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
_      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
.      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
m      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
i      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
_      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
d      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
e      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
a      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
d      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
l      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
i      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
n      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
e      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
_      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
m      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
]      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
{      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }

      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
n      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
l      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
o      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
h      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
m      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
a      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
n      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
n      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
:      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
:      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
j      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
o      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
n      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
j      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
;      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }

      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
d      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
:      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
:      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
r      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
i      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
n      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
g      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
e      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
r      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
r      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
;      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }

      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
r      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
y      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
{      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }

      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
d      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
:      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
:      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
r      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
i      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
n      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
g      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
m      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
i      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
=      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
p      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
r      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
o      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
c      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
:      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
:      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
F      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
i      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
n      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
d      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
I      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
n      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
P      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
a      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
h      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
(      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
"      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
n      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
v      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
i      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
d      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
i      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
a      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
-      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
m      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
i      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
"      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
)      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
;      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }

      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
i      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
f      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
(      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
m      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
i      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
.      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
e      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
m      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
p      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
y      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
(      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
)      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
)      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
{      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }

      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
j      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
=      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
{      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
{      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
"      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
p      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
r      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
e      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
e      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
n      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
"      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
,      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
f      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
a      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
l      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
e      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
}      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
}      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
;      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }

      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
}      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
e      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
l      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
e      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
{      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }

      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
a      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
u      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
o      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
r      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
=      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
p      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
r      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
o      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
c      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
:      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
:      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
R      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
u      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
n      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
(      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
{      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
m      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
i      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
,      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
"      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
-      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
q      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
"      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
,      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
"      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
-      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
x      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
"      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
}      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
,      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
N      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
v      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
i      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
d      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
i      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
a      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
S      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
m      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
i      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
O      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
p      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
i      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
o      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
n      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
(      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
d      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
e      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
a      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
d      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
l      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
i      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
n      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
e      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
)      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
)      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
;      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }

      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
i      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
f      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
(      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
r      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
.      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
i      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
m      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
e      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
d      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
_      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
o      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
u      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
)      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }

      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
e      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
r      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
r      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
=      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
"      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
n      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
v      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
i      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
d      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
i      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
a      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
-      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
m      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
i      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
g      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
a      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
v      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
e      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
n      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
o      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
a      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
n      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
w      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
e      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
r      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
w      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
i      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
h      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
i      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
n      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
"      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
+      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
d      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
:      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
:      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
o      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
_      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
r      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
i      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
n      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
g      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
(      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
d      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
e      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
a      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
d      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
l      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
i      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
n      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
e      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
)      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
+      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }

      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
"      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
m      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
a      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
n      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
d      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
w      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
a      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
k      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
i      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
l      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
l      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
e      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
d      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
(      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
G      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
P      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
U      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
h      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
u      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
n      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
g      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
?      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
e      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
e      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
h      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
e      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
k      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
e      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
r      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
n      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
e      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
l      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
l      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
o      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
g      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
f      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
o      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
r      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
X      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
i      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
d      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
l      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
i      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
n      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
e      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
)      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
"      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
;      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }

      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
e      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
l      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
e      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
i      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
f      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
(      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
r      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
.      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
e      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
x      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
i      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
_      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
a      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
u      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
!      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
=      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
0      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
)      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }

      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
e      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
r      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
r      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
=      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
"      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
n      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
v      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
i      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
d      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
i      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
a      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
-      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
m      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
i      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
-      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
q      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
-      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
x      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
e      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
x      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
i      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
e      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
d      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
w      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
i      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
h      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
a      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
u      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
"      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
+      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
d      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
:      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
:      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
o      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
_      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
r      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
i      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
n      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
g      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
(      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
r      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
.      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
e      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
x      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
i      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
_      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
a      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
u      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
)      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
;      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }

      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
e      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
l      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
e      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }

      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
j      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
=      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
{      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
{      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
"      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
p      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
r      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
e      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
e      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
n      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
"      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
,      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
r      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
u      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
e      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
}      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
,      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
{      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
"      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
q      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
u      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
e      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
r      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
y      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
_      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
x      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
m      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
l      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
"      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
,      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
r      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
.      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
o      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
u      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
}      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
}      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
;      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }

      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
}      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }

      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
}      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
c      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
a      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
c      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
h      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
(      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
c      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
o      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
n      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
d      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
:      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
:      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
e      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
x      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
c      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
e      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
p      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
i      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
o      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
n      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
&      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
e      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
)      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
{      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }

      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
e      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
r      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
r      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
=      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
e      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
.      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
w      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
h      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
a      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
(      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
)      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
;      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }

      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
}      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }

      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
c      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
o      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
n      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
u      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
i      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
n      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
6      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
4      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
_      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
=      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
M      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
o      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
n      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
o      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
N      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
o      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
w      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
(      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
)      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
;      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }

      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
d      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
:      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
:      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
l      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
o      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
c      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
k      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
_      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
g      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
u      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
a      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
r      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
d      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
<      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
d      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
:      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
:      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
m      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
u      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
e      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
x      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
>      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
l      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
(      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
-      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
>      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
m      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
u      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
)      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
;      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }

      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
i      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
f      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
(      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
e      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
r      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
r      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
.      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
e      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
m      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
p      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
y      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
(      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
)      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
)      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
-      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
>      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
m      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
i      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
=      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
d      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
:      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
:      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
m      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
o      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
v      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
e      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
(      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
j      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
)      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
;      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }

      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
-      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
>      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
m      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
i      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
_      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
e      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
r      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
r      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
o      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
r      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
=      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
e      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
r      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
r      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
;      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }

      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
-      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
>      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
m      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
i      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
_      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
r      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
e      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
a      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
d      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
_      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
n      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
=      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
;      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }

      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
-      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
>      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
m      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
i      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
_      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
b      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
u      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
y      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
=      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
f      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
a      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
l      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
e      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
;      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }

      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
}      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
)      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
.      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
d      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
e      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
a      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
c      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
h      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
(      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
)      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
;      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }

      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
}      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }

      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
}      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }

      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }

      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
v      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
o      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
i      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
d      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
G      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
p      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
u      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
F      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
a      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
c      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
C      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
a      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
c      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
h      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
e      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
:      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
:      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
W      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
a      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
i      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
F      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
i      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
r      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
N      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
v      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
m      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
l      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
(      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
d      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
:      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
:      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
c      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
h      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
r      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
o      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
n      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
o      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
:      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
:      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
m      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
i      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
l      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
l      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
i      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
e      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
c      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
o      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
n      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
d      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
d      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
e      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
a      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
d      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
l      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
i      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
n      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
e      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
)      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
{      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }

      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
d      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
:      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
:      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
u      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
n      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
i      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
q      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
u      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
e      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
_      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
l      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
o      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
c      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
k      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
<      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
d      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
:      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
:      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
m      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
u      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
e      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
x      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
>      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
l      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
k      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
(      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
_      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
-      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
>      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
m      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
u      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
)      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
;      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }

      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
_      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
-      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
>      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
c      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
v      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
.      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
w      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
a      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
i      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
_      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
f      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
o      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
r      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
(      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
l      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
k      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
,      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
d      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
e      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
a      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
d      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
l      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
i      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
n      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
e      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
,      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
[      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
&      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
]      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
{      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
r      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
e      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
u      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
r      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
n      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
_      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
-      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
>      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
n      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
v      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
m      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
l      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
_      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
d      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
o      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
n      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
e      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
_      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
o      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
n      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
c      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
e      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
|      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
|      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
!      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
c      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
f      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
g      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
_      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
.      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
n      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
v      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
m      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
l      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
;      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
}      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
)      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
;      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }

      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
}      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }

      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }

      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
n      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
l      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
o      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
h      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
m      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
a      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
n      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
n      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
:      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
:      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
j      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
o      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
n      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
G      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
p      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
u      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
F      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
a      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
c      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
C      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
a      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
c      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
h      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
e      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
:      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
:      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
N      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
v      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
m      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
l      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
(      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
u      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
i      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
n      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
6      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
4      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
_      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
n      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
o      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
w      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
)      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
c      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
o      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
n      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
{      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }

      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
d      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
:      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
:      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
l      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
o      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
c      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
k      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
_      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
g      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
u      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
a      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
r      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
d      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
<      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
d      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
:      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
:      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
m      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
u      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
e      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
x      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
>      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
l      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
k      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
(      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
_      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
-      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
>      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
m      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
u      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
)      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
;      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }

      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
i      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
f      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
(      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
_      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
-      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
>      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
n      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
v      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
m      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
l      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
.      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
i      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
_      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
n      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
u      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
l      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
l      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
(      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
)      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
)      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
r      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
e      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
u      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
r      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
n      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
n      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
u      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
l      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
l      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
p      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
r      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
;      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }

      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
n      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
l      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
o      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
h      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
m      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
a      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
n      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
n      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
:      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
:      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
j      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
o      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
n      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
j      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
=      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
_      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
-      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
>      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
n      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
v      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
m      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
l      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
;      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }

      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
j      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
[      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
"      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
r      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
e      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
a      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
d      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
_      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
m      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
o      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
n      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
o      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
_      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
n      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
"      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
]      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
=      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
_      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
-      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
>      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
n      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
v      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
m      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
l      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
_      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
r      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
e      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
a      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
d      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
_      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
n      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
;      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }

      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
j      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
[      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
"      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
a      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
g      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
e      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
_      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
m      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
"      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
]      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
=      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
(      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
n      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
o      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
w      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
>      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
_      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
-      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
>      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
n      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
v      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
m      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
l      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
_      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
r      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
e      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
a      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
d      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
_      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
n      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
?      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
n      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
o      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
w      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
-      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
_      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
-      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
>      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
n      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
v      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
m      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
l      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
_      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
r      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
e      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
a      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
d      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
_      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
n      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
:      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
0      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
)      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
/      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
1      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
'      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
0      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
0      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
0      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
'      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
0      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
0      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
0      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
;      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }

      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
r      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
e      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
u      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
r      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
n      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
j      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
;      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }

      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
}      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }

      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }

      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
n      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
l      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
o      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
h      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
m      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
a      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
n      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
n      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
:      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
:      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
j      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
o      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
n      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
G      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
p      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
u      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
F      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
a      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
c      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
C      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
a      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
c      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
h      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
e      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
:      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
:      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
N      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
v      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
i      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
d      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
i      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
a      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
S      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
m      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
i      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
(      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
u      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
i      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
n      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
6      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
4      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
_      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
n      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
o      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
w      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
)      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
c      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
o      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
n      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
{      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }

      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
d      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
:      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
:      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
l      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
o      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
c      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
k      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
_      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
g      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
u      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
a      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
r      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
d      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
<      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
d      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
:      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
:      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
m      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
u      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
e      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
x      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
>      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
l      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
k      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
(      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
_      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
-      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
>      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
m      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
u      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
)      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
;      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }

      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
i      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
f      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
(      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
_      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
-      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
>      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
m      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
i      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
.      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
i      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
_      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
n      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
u      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
l      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
l      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
(      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
)      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
)      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
r      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
e      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
u      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
r      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
n      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
n      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
u      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
l      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
l      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
p      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
r      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
;      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }

      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
n      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
l      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
o      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
h      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
m      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
a      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
n      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
n      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
:      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
:      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
j      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
o      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
n      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
j      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
=      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
_      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
-      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
>      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
m      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
i      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
;      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }

      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
j      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
[      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
"      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
r      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
e      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
a      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
d      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
_      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
m      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
o      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
n      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
o      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
_      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
n      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
"      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
]      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
=      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
_      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
-      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
>      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
m      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
i      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
_      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
r      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
e      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
a      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
d      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
_      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
n      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
;      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }

      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
j      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
[      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
"      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
a      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
g      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
e      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
_      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
m      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
"      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
]      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
=      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
(      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
n      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
o      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
w      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
>      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
_      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
-      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
>      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
m      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
i      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
_      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
r      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
e      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
a      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
d      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
_      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
n      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
?      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
n      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
o      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
w      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
-      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
_      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
-      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
>      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
m      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
i      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
_      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
r      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
e      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
a      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
d      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
_      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
n      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
:      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
0      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
)      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
/      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
1      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
'      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
0      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
0      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
0      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
'      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
0      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
0      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
0      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
;      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }

      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
r      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
e      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
u      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
r      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
n      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
j      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
;      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }

      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
}      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }

      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }

      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
b      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
u      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
n      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
d      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
l      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
e      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
:      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
:      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
C      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
o      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
l      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
l      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
e      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
c      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
o      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
r      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
G      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
p      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
u      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
F      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
a      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
c      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
C      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
a      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
c      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
h      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
e      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
:      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
:      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
N      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
v      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
m      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
l      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
S      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
a      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
u      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
(      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
u      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
i      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
n      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
6      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
4      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
_      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
n      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
o      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
w      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
)      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
c      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
o      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
n      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
{      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }

      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
d      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
:      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
:      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
l      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
o      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
c      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
k      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
_      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
g      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
u      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
a      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
r      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
d      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
<      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
d      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
:      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
:      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
m      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
u      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
e      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
x      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
>      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
l      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
k      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
(      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
_      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
-      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
>      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
m      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
u      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
)      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
;      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }

      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
b      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
u      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
n      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
d      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
l      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
e      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
:      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
:      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
C      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
o      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
l      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
l      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
e      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
c      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
o      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
r      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
c      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
{      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
"      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
g      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
p      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
u      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
.      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
n      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
v      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
m      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
l      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
"      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
,      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
"      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
o      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
k      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
"      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
,      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
"      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
"      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
,      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
0      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
}      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
;      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }

      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
i      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
f      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
(      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
!      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
c      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
f      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
g      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
_      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
.      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
n      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
v      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
m      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
l      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
)      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
r      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
e      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
u      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
r      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
n      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
{      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
"      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
g      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
p      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
u      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
.      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
n      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
v      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
m      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
l      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
"      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
,      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
"      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
k      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
i      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
p      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
p      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
e      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
d      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
"      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
,      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
"      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
-      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
-      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
g      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
p      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
u      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
-      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
f      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
a      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
c      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
o      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
f      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
f      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
"      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
,      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
0      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
}      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
;      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }

      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
i      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
f      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
(      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
_      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
-      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
>      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
n      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
v      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
m      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
l      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
_      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
a      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
b      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
e      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
n      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
)      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
r      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
e      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
u      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
r      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
n      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
{      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
"      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
g      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
p      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
u      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
.      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
n      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
v      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
m      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
l      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
"      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
,      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
"      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
k      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
i      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
p      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
p      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
e      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
d      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
"      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
,      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
_      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
-      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
>      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
n      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
v      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
m      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
l      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
_      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
e      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
r      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
r      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
o      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
r      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
,      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
0      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
}      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
;      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }

      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
i      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
f      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
(      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
_      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
-      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
>      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
n      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
v      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
m      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
l      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
.      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
i      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
_      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
n      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
u      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
l      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
l      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
(      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
)      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
)      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }

      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
r      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
e      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
u      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
r      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
n      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
{      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
"      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
g      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
p      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
u      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
.      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
n      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
v      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
m      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
l      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
"      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
,      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
"      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
k      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
i      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
p      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
p      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
e      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
d      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
"      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
,      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }

      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
"      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
h      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
e      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
f      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
i      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
r      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
N      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
V      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
M      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
L      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
r      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
e      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
a      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
d      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
w      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
a      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
i      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
l      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
l      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
r      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
u      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
n      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
n      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
i      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
n      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
g      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
a      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
h      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
e      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
r      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
i      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
g      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
g      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
e      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
r      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
(      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
a      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
r      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
e      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
d      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
"      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
+      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }

      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
A      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
g      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
e      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
T      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
e      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
x      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
(      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
n      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
o      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
w      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
,      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
_      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
-      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
>      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
n      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
v      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
m      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
l      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
_      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
b      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
u      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
y      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
_      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
i      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
n      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
c      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
e      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
)      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
+      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
"      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
b      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
e      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
f      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
o      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
r      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
e      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
)      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
"      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
,      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
0      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
}      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
;      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }

      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
c      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
.      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
m      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
e      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
a      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
g      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
e      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
=      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
"      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
c      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
a      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
c      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
h      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
e      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
d      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
,      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
r      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
e      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
a      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
d      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
"      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
+      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
A      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
g      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
e      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
T      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
e      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
x      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
(      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
n      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
o      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
w      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
,      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
_      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
-      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
>      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
n      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
v      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
m      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
l      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
_      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
r      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
e      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
a      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
d      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
_      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
n      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
)      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
+      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
"      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
b      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
e      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
f      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
o      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
r      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
e      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
"      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
;      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }

      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
i      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
f      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
(      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
_      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
-      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
>      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
n      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
v      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
m      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
l      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
_      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
b      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
u      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
y      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
&      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
&      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
n      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
o      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
w      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
>      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
_      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
-      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
>      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
n      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
v      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
m      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
l      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
_      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
b      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
u      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
y      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
_      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
i      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
n      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
c      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
e      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
+      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
5      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
'      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
0      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
0      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
0      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
'      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
0      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
0      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
0      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
'      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
0      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
0      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
0      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
u      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
l      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
l      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
)      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }

      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
c      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
.      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
m      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
e      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
a      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
g      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
e      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
+      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
=      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
"      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
;      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
a      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
r      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
e      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
a      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
d      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
h      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
a      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
b      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
e      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
e      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
n      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
b      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
l      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
o      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
c      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
k      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
e      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
d      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
i      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
n      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
h      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
e      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
d      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
r      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
i      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
v      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
e      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
r      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
f      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
o      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
r      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
"      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
+      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
A      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
g      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
e      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
T      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
e      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
x      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
(      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
n      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
o      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
w      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
,      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
_      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
-      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
>      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
n      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
v      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
m      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
l      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
_      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
b      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
u      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
y      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
_      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
i      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
n      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
c      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
e      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
)      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
;      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }

      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
r      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
e      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
u      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
r      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
n      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
c      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
;      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }

      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
}      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }

      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }

      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
b      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
u      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
n      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
d      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
l      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
e      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
:      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
:      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
C      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
o      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
l      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
l      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
e      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
c      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
o      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
r      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
G      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
p      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
u      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
F      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
a      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
c      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
C      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
a      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
c      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
h      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
e      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
:      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
:      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
S      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
m      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
i      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
S      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
a      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
u      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
(      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
u      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
i      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
n      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
6      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
4      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
_      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
n      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
o      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
w      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
)      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
c      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
o      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
n      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
{      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }

      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
d      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
:      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
:      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
l      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
o      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
c      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
k      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
_      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
g      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
u      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
a      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
r      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
d      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
<      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
d      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
:      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
:      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
m      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
u      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
e      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
x      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
>      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
l      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
k      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
(      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
_      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
-      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
>      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
m      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
u      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
)      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
;      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }

      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
i      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
f      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
(      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
!      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
c      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
f      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
g      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
_      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
.      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
n      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
v      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
i      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
d      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
i      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
a      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
_      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
m      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
i      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
)      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
r      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
e      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
u      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
r      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
n      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
{      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
"      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
g      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
p      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
u      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
.      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
n      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
v      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
i      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
d      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
i      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
a      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
-      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
m      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
i      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
"      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
,      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
"      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
k      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
i      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
p      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
p      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
e      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
d      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
"      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
,      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
"      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
-      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
-      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
g      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
p      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
u      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
-      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
f      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
a      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
c      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
o      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
f      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
f      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
"      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
,      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
0      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
}      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
;      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }

      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
i      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
f      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
(      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
!      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
_      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
-      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
>      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
m      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
i      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
_      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
e      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
r      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
r      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
o      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
r      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
.      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
e      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
m      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
p      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
y      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
(      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
)      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
)      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }

      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
r      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
e      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
u      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
r      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
n      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
{      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
"      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
g      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
p      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
u      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
.      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
n      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
v      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
i      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
d      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
i      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
a      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
-      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
m      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
i      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
"      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
,      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
_      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
-      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
>      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
m      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
i      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
_      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
e      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
r      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
r      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
o      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
r      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
.      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
f      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
i      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
n      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
d      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
(      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
"      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
n      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
o      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
a      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
n      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
w      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
e      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
r      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
"      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
)      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
!      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
=      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
d      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
:      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
:      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
r      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
i      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
n      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
g      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
:      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
:      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
n      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
p      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
o      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
?      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
"      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
i      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
m      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
e      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
o      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
u      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
"      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
:      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
"      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
f      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
a      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
i      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
l      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
e      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
d      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
"      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
,      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }

      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
_      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
-      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
>      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
m      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
i      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
_      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
e      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
r      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
r      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
o      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
r      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
+      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
"      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
(      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
"      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
+      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
A      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
g      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
e      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
T      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
e      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
x      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
(      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
n      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
o      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
w      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
,      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
_      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
-      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
>      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
m      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
i      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
_      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
r      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
e      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
a      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
d      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
_      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
n      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
)      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
+      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
"      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
b      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
e      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
f      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
o      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
r      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
e      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
h      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
e      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
r      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
i      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
g      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
g      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
e      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
r      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
)      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
"      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
,      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
0      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
}      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
;      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }

      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
i      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
f      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
(      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
_      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
-      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
>      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
m      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
i      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
.      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
i      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
_      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
n      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
u      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
l      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
l      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
(      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
)      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
)      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }

      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
r      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
e      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
u      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
r      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
n      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
{      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
"      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
g      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
p      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
u      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
.      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
n      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
v      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
i      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
d      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
i      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
a      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
-      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
m      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
i      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
"      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
,      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
"      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
k      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
i      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
p      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
p      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
e      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
d      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
"      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
,      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }

      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
"      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
i      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
f      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
i      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
r      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
r      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
u      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
n      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
w      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
a      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
i      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
l      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
l      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
g      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
o      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
i      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
n      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
g      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
a      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
h      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
e      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
r      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
i      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
g      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
g      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
e      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
r      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
(      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
a      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
r      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
e      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
d      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
"      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
+      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
A      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
g      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
e      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
T      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
e      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
x      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
(      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
n      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
o      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
w      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
,      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
_      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
-      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
>      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
m      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
i      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
_      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
b      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
u      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
y      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
_      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
i      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
n      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
c      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
e      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
)      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
+      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }

      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
"      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
b      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
e      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
f      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
o      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
r      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
e      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
)      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
;      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
n      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
e      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
v      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
e      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
r      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
w      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
a      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
i      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
e      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
d      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
f      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
o      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
r      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
"      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
,      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
0      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
}      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
;      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }

      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
i      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
f      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
(      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
!      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
_      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
-      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
>      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
m      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
i      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
.      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
v      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
a      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
l      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
u      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
e      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
(      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
"      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
p      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
r      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
e      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
e      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
n      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
"      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
,      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
f      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
a      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
l      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
e      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
)      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
)      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
r      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
e      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
u      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
r      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
n      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
{      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
"      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
g      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
p      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
u      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
.      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
n      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
v      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
i      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
d      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
i      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
a      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
-      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
m      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
i      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
"      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
,      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
"      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
k      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
i      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
p      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
p      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
e      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
d      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
"      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
,      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
"      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
n      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
v      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
i      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
d      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
i      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
a      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
-      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
m      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
i      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
n      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
o      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
o      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
n      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
h      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
e      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
P      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
A      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
T      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
H      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
"      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
,      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
0      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
}      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
;      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }

      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
r      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
e      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
u      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
r      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
n      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
{      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
"      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
g      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
p      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
u      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
.      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
n      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
v      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
i      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
d      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
i      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
a      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
-      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
m      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
i      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
"      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
,      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
"      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
o      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
k      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
"      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
,      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
"      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
c      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
a      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
c      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
h      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
e      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
d      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
,      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
r      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
u      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
n      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
"      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
+      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
A      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
g      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
e      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
T      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
e      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
x      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
(      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
n      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
o      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
w      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
,      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
_      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
-      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
>      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
m      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
i      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
_      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
r      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
e      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
a      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
d      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
_      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
n      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
)      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
+      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
"      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
b      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
e      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
f      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
o      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
r      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
e      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
"      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
,      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
0      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
}      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
;      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }

      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
}      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }

      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }

      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
}      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
/      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
/      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
n      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
a      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
m      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
e      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
s      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
p      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
a      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
c      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
e      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
       try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
e      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
m      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
p      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
m      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
o      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
n      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
:      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
:      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
c      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
a      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
p      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
t      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
u      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
r      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
e      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }

      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
