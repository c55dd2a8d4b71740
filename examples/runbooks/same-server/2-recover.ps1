# Dial tone recovery on the server that hosted the failed database, part 2 of 3: steps 5-13 of Microsoft's
# procedure, for failed database DB01 on EX01, dial tone database DTDB1 (1-dial-tone.ps1) and recovery database RDB1:
# restore the backup, swap the databases (users are offline from step 9 to step 11), merge the mail received during
# dial tone back. The merge runs in the background: when Get-MailboxRestoreRequest -BatchName DialTone shows every
# request Completed, clean up (3-clean-up.ps1).
#
# Marks, as in 1-dial-tone.ps1: CORRECTED fixes a defect of Microsoft's text; ADDED is not in Microsoft's text.

# 5. Create the recovery database and restore the failed database's backup into it.
New-MailboxDatabase -Recovery -Name RDB1 -Server EX01 -EdbFilePath "E:\Databases\RDB1\DB01.EDB" -LogFolderPath "E:\Databases\RDB1"
# ADDED: the lab's stand-in for the backup software, which Microsoft's step 5 leaves to the administrator.
Restore-LabBackup -Database DB01 -Server EX01 -Path E:\Databases\RDB1

# 6. Copy the surviving logs next to the restored database, so the mount replays them.
#    ADDED: Microsoft's step 6 describes this without a command.
Invoke-Command -ComputerName EX01 -ScriptBlock { Copy-Item E:\DB01Logs\* E:\Databases\RDB1 }

# 7. Mount and dismount the recovery database: the restored database is now in clean shutdown.
#    ADDED: -Confirm:$false (Dismount-Database asks for confirmation, which a non-interactive run cannot give), and
#    the eseutil /mh check of the clean shutdown, from Microsoft's "Restore data using a recovery database".
Mount-Database -Identity RDB1
Dismount-Database -Identity RDB1 -Confirm:$false
Invoke-Command -ComputerName EX01 -ScriptBlock { eseutil /mh E:\Databases\RDB1\DB01.EDB }

# 8. Move the recovered database and its logs somewhere safe.
#    ADDED: Microsoft's step 8 describes this without a command.
Invoke-Command -ComputerName EX01 -ScriptBlock { New-Item -ItemType Directory -Path E:\Historical }
Invoke-Command -ComputerName EX01 -ScriptBlock { Move-Item E:\Databases\RDB1\* E:\Historical }

# 9. Dismount the dial tone database. The users' outage starts.
#    ADDED: -Confirm:$false, as in step 7.
Dismount-Database -Identity DTDB1 -Confirm:$false

# 10. Move the dial tone database and its logs into the recovery database's folders.
#     ADDED: the commands (Microsoft's step 10 has none). CORRECTED: the database file is renamed to the name RDB1
#     expects (DB01.EDB), which Microsoft's text leaves out (MicrosoftDocs/OfficeDocs-Exchange#1889).
Invoke-Command -ComputerName EX01 -ScriptBlock { Move-Item D:\DialTone\DTDB1.EDB E:\Databases\RDB1\DB01.EDB }
Invoke-Command -ComputerName EX01 -ScriptBlock { Move-Item 'C:\Program Files\Microsoft\Exchange Server\V15\Mailbox\DTDB1\*' E:\Databases\RDB1 }

# 11. Move the recovered database and its logs into the dial tone database's folders, and mount it.
#     The outage ends.
#     ADDED: the move commands. CORRECTED: the database file is renamed to the name DTDB1 expects (DTDB1.EDB), #1889.
Invoke-Command -ComputerName EX01 -ScriptBlock { Move-Item E:\Historical\DB01.EDB D:\DialTone\DTDB1.EDB }
Invoke-Command -ComputerName EX01 -ScriptBlock { Move-Item E:\Historical\* 'C:\Program Files\Microsoft\Exchange Server\V15\Mailbox\DTDB1' }
# CORRECTED: without this the mount fails, the files belonging to another database (#1889).
Set-MailboxDatabase DTDB1 -AllowFileRestore $true
Mount-Database -Identity DTDB1

# 12. Mount the recovery database, which now holds the mail received during dial tone.
Mount-Database -Identity RDB1

# 13. Merge that mail back into the users' mailboxes.
#     CORRECTED: -ResultSize Unlimited (as in step 3), and the target mailbox by GUID as text: -TargetMailbox (a
#     MailboxLocationIdParameter on Exchange 2016 and later) takes neither the mailbox object Microsoft's command passes
#     nor a GUID object (OfficeDocs-Exchange#1543, office-docs-powershell#1763).
#     ADDED: -BatchName DialTone, so that the merge can be watched and cleaned up, and the Get-MailboxRestoreRequest
#     that shows it.
$mailboxes = Get-Mailbox -Database DTDB1 -ResultSize Unlimited
$mailboxes | %{ New-MailboxRestoreRequest -SourceStoreMailbox $_.ExchangeGuid -SourceDatabase RDB1 -TargetMailbox $_.ExchangeGuid.ToString() -BatchName DialTone }
Get-MailboxRestoreRequest -BatchName DialTone
