# Dial tone recovery on the server that hosted the failed database, part 1 of 3: steps 1-4 of Microsoft's
# procedure ("Perform a dial tone recovery", Exchange 2016/2019), typed as an administrator would, for failed
# database DB01 on EX01 and dial tone database DTDB1 (Microsoft's example names DB1 and MBX1 are this lab's DB01 and
# EX01). Afterwards users send and receive mail in empty mailboxes; restore the backup and swap (2-recover.ps1) when
# the recovery window comes.
#
# Every departure from Microsoft's text is marked where it is (README.md lists them all):
#   CORRECTED  a defect of Microsoft's text, fixed;
#   ADDED      a command or parameter Microsoft's text does not have (a step it describes without a command, or what
#              a non-interactive run needs).

# 1. Keep the failed database's surviving transaction logs: step 6 replays them.
#    ADDED: Microsoft's step 1 describes this without a command.
Invoke-Command -ComputerName EX01 -ScriptBlock { New-Item -ItemType Directory -Path E:\DB01Logs }
Invoke-Command -ComputerName EX01 -ScriptBlock { Copy-Item 'C:\Program Files\Microsoft\Exchange Server\V15\Mailbox\DB01\E00*.log' E:\DB01Logs }

# 2. Create the dial tone database.
#    CORRECTED: -Server, which Microsoft's command leaves out; it is mandatory, and the shell would prompt for it.
New-MailboxDatabase -Name DTDB1 -Server EX01 -EdbFilePath D:\DialTone\DTDB1.EDB

# 3. Home the users on it.
#    CORRECTED: Get-Mailbox returns at most 1000 mailboxes and no system mailboxes, so -ResultSize Unlimited, and the
#    arbitration and audit-log mailboxes re-homed too. (Monitoring mailboxes are left: Exchange recreates them.)
Get-Mailbox -Database DB01 -ResultSize Unlimited | Set-Mailbox -Database DTDB1
Get-Mailbox -Database DB01 -Arbitration | Set-Mailbox -Arbitration -Database DTDB1
Get-Mailbox -Database DB01 -AuditLog | Set-Mailbox -AuditLog -Database DTDB1

# 4. Mount it: users send and receive again, in empty mailboxes.
Mount-Database -Identity DTDB1
