# Dial tone recovery on the server that hosted the failed database, part 3 of 3: step 14 of Microsoft's procedure,
# once every restore request of the merge (2-recover.ps1) is Completed (Get-MailboxRestoreRequest -BatchName
# DialTone): remove the recovery database.
#
# Marks, as in 1-dial-tone.ps1: ADDED is not in Microsoft's text.

# ADDED: removing the completed restore requests, which Microsoft's step 14 leaves out (its "Restore data using a
# recovery database" does it this way).
Get-MailboxRestoreRequest -Status Completed | Remove-MailboxRestoreRequest -Confirm:$false
# ADDED: -Confirm:$false on both, which a non-interactive run needs.
Dismount-Database -Identity RDB1 -Confirm:$false
Remove-MailboxDatabase -Identity RDB1 -Confirm:$false
# ADDED: Remove-MailboxDatabase removes only the directory object; the files stay until deleted.
Invoke-Command -ComputerName EX01 -ScriptBlock { Remove-Item E:\Databases\RDB1 -Recurse }
