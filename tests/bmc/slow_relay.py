"""A slow BMC for the BMC tests: relays UDP between a client and ipmi_sim,
holding every datagram (both ways) for DELAY seconds, as a BMC that takes
seconds per answer does. usage: slow_relay.py LISTEN_PORT BMC_PORT DELAY"""
import heapq
import select
import socket
import sys
import time

listen_port, bmc_port, delay = int(sys.argv[1]), int(sys.argv[2]), float(sys.argv[3])
front = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
front.bind(("127.0.0.1", listen_port))
back = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
back.bind(("127.0.0.1", 0))
client = None
queue = []  # (due, seq, socket, data, address)
seq = 0
while True:
    timeout = max(0.0, queue[0][0] - time.monotonic()) if queue else None
    ready, _, _ = select.select([front, back], [], [], timeout)
    for s in ready:
        data, addr = s.recvfrom(65536)
        seq += 1
        if s is front:
            client = addr
            heapq.heappush(queue, (time.monotonic() + delay, seq, back, data, ("127.0.0.1", bmc_port)))
        elif client is not None:
            heapq.heappush(queue, (time.monotonic() + delay, seq, front, data, client))
    while queue and queue[0][0] <= time.monotonic():
        _, _, s, data, addr = heapq.heappop(queue)
        s.sendto(data, addr)
