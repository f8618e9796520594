<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl">
<context>
    <name>AboutPage</name>
    <message>
        <source>Who is it about?</source>
        <translation>Kogo to dotyczy?</translation>
    </message>
    <message>
        <source>Organisations find records by name and date of birth. Former names, pupil numbers and schools help them find every record, so nothing is missed. For brothers and sisters, add each child: each gets their own letter and their own case, printed together.</source>
        <translation>Organizacje szukają danych po imieniu, nazwisku i dacie urodzenia. Dawne nazwiska, numery ucznia i szkoły pomagają im znaleźć wszystkie dane, tak by niczego nie pominąć. Jeśli chodzi o rodzeństwo, dodaj każde dziecko: każde dostanie własny list i własną sprawę, wydrukowane razem.</translation>
    </message>
    <message>
        <source>Saved &amp;people</source>
        <translation>Zapisane &amp;osoby</translation>
    </message>
    <message>
        <source>Add this &amp;child</source>
        <translation>Dodaj &amp;to dziecko</translation>
    </message>
    <message>
        <source>Children in this request</source>
        <translation>Dzieci w tym wniosku</translation>
    </message>
    <message>
        <source>&amp;Add another child</source>
        <translation>Dodaj &amp;kolejne dziecko</translation>
    </message>
    <message>
        <source>&amp;Remove this child</source>
        <translation>U&amp;suń to dziecko</translation>
    </message>
    <message>
        <source>About you</source>
        <translation>O tobie</translation>
    </message>
    <message>
        <source>Tell us what the school records may say about you.</source>
        <translation>Napisz, co mogą o tobie mówić dane ze szkoły.</translation>
    </message>
    <message>
        <source>Tell us about the child the letter is about. If you&apos;re asking for brothers and sisters too, add each of them: they get a letter each.</source>
        <translation>Napisz o dziecku, którego dotyczy list. Jeśli pytasz też o jego rodzeństwo, dodaj każde z nich: każde dostanie osobny list.</translation>
    </message>
    <message>
        <source>New child</source>
        <translation>Nowe dziecko</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Data urodzenia</translation>
    </message>
    <message>
        <source>Child {number}</source>
        <translation>Dziecko {number}</translation>
    </message>
</context>
<context>
    <name>AdvisersDialog</name>
    <message>
        <source>Admin</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Adviser</source>
        <translation>Doradca</translation>
    </message>
    <message>
        <source>Advisers</source>
        <translation>Doradcy</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rola</translation>
    </message>
    <message>
        <source>Added on</source>
        <translation>Dodano</translation>
    </message>
    <message>
        <source>Add an adviser</source>
        <translation>Dodaj doradcę</translation>
    </message>
    <message>
        <source>&amp;Add adviser</source>
        <translation>&amp;Dodaj doradcę</translation>
    </message>
    <message>
        <source>Re&amp;move the selected adviser…</source>
        <translation>&amp;Usuń wybranego doradcę…</translation>
    </message>
    <message>
        <source>Setting up the passphrase</source>
        <translation>Ustawianie hasła</translation>
    </message>
    <message>
        <source>Setting up the passphrase…</source>
        <translation>Ustawianie hasła…</translation>
    </message>
    <message>
        <source>This vault opens with one passphrase. An advice charity can give each adviser their own name and passphrase instead, and see who did what in the audit trail. The first adviser you add is you: you become its admin, and the vault&apos;s passphrase stops working (the recovery code stays).</source>
        <translation>Ten sejf otwiera się jednym hasłem. Organizacja doradcza może zamiast tego dać każdemu doradcy własną nazwę i hasło, a w rejestrze zmian widzieć, kto co zrobił. Pierwszym dodanym doradcą jesteś Ty: zostajesz administratorem, a hasło sejfu przestaje działać (kod odzyskiwania zostaje).</translation>
    </message>
    <message>
        <source>&amp;Start with me as the first adviser</source>
        <translation>&amp;Zacznij ode mnie jako pierwszego doradcy</translation>
    </message>
    <message>
        <source>Each adviser signs in with their name and their own passphrase; an admin adds and removes them. Removing an adviser stops their passphrase opening the vault; anything they saved or copied out before is not taken back.</source>
        <translation>Każdy doradca loguje się swoją nazwą i własnym hasłem; administrator ich dodaje i usuwa. Po usunięciu doradcy jego hasło przestaje otwierać sejf; tego, co wcześniej zapisał lub skopiował, nie da się odebrać.</translation>
    </message>
    <message>
        <source>Only an adviser with the admin role can add or remove advisers.</source>
        <translation>Tylko doradca z rolą administratora może dodawać lub usuwać doradców.</translation>
    </message>
    <message>
        <source>Setting up the passphrase. This takes a few seconds…</source>
        <translation>Ustawianie hasła. To potrwa kilka sekund…</translation>
    </message>
    <message>
        <source>You are the first adviser, with the admin role. Next time, sign in with your name and this passphrase.</source>
        <translation>Jesteś pierwszym doradcą, z rolą administratora. Następnym razem zaloguj się swoją nazwą i tym hasłem.</translation>
    </message>
    <message>
        <source>Added {name}. Give them their passphrase in person, not by email.</source>
        <translation>Dodano: {name}. Przekaż tej osobie hasło osobiście, nie e-mailem.</translation>
    </message>
    <message>
        <source>Choose the adviser to remove in the list first.</source>
        <translation>Najpierw wybierz z listy doradcę do usunięcia.</translation>
    </message>
    <message>
        <source>Remove an adviser</source>
        <translation>Usuń doradcę</translation>
    </message>
    <message>
        <source>Remove {name}? Their passphrase will no longer open the vault. What they saved or copied out before is not taken back.</source>
        <translation>Usunąć: {name}? Hasło tej osoby przestanie otwierać sejf. Tego, co wcześniej zapisała lub skopiowała, nie da się odebrać.</translation>
    </message>
    <message>
        <source>Removed {name}.</source>
        <translation>Usunięto: {name}.</translation>
    </message>
</context>
<context>
    <name>AfterSending</name>
    <message>
        <source>Go to the ICO&apos;s complaint form on its website ({form}). Use Copy text on the letter page and paste it into the form, and attach the letters and replies it asks for.</source>
        <translation>Wejdź na stronę ICO z formularzem skargi ({form}). Na stronie listu użyj przycisku kopiowania tekstu, wklej go do formularza i dołącz listy oraz odpowiedzi, o które prosi.</translation>
    </message>
    <message>
        <source>Keep the email the ICO sends you. npdrights keeps a copy of your complaint with the case.</source>
        <translation>Zachowaj e-mail, który przyśle Ci ICO. npdrights przechowuje kopię Twojej skargi w sprawie.</translation>
    </message>
    <message>
        <source>Write an email to {to}. Use Copy text on the letter page and paste the letter into it, or attach the PDF you saved.</source>
        <translation>Napisz e-mail do: {to}. Na stronie listu użyj przycisku kopiowania tekstu i wklej list do wiadomości albo dołącz zapisany plik PDF.</translation>
    </message>
    <message>
        <source>Print the form to sign, have it signed, then scan or photograph it and attach it.</source>
        <translation>Wydrukuj formularz do podpisu, daj go do podpisania, a potem zeskanuj go lub sfotografuj i dołącz.</translation>
    </message>
    <message>
        <source>Print the {forms} forms to sign, have them signed, then scan or photograph them and attach them.</source>
        <translation>Wydrukuj formularze do podpisu ({forms}), daj je do podpisania, a potem zeskanuj je lub sfotografuj i dołącz.</translation>
    </message>
    <message>
        <source>Keep the email you send. npdrights keeps a copy of the letter with the case as well.</source>
        <translation>Zachowaj wysłany e-mail. npdrights też przechowuje kopię listu w sprawie.</translation>
    </message>
    <message>
        <source>Sign the letter by hand above your name. Have each form signed too.</source>
        <translation>Podpisz list odręcznie nad swoim imieniem i nazwiskiem. Daj też do podpisania każdy formularz.</translation>
    </message>
    <message>
        <source>Sign the letter by hand above your name.</source>
        <translation>Podpisz list odręcznie nad swoim imieniem i nazwiskiem.</translation>
    </message>
    <message>
        <source>Fold each letter in three, with the top third (your address and theirs) facing out, so their address shows through the window of a DL envelope.</source>
        <translation>Złóż każdy list na trzy części tak, by górna część (Twój adres i adres odbiorcy) była na zewnątrz, a adres odbiorcy było widać w okienku koperty DL.</translation>
    </message>
    <message>
        <source>Keep a copy of what you send. npdrights keeps one with the case as well.</source>
        <translation>Zachowaj kopię tego, co wysyłasz. npdrights też przechowuje kopię w sprawie.</translation>
    </message>
    <message>
        <source>When it has gone, open the case and choose &apos;Mark as sent&apos;, with the day you sent it. From that day npdrights works out when it arrived, and so when the answer is due.</source>
        <translation>Gdy list zostanie wysłany, otwórz sprawę, oznacz ją jako wysłaną i podaj dzień wysyłki. Na tej podstawie npdrights obliczy, kiedy list dotarł, a więc kiedy mija termin odpowiedzi.</translation>
    </message>
    <message>
        <source>You marked it as sent on {day}. The case shows when the answer is due, and npdrights reminds you.</source>
        <translation>Oznaczono jako wysłane {day}. Sprawa pokazuje, kiedy mija termin odpowiedzi, a npdrights Ci o nim przypomni.</translation>
    </message>
    <message>
        <source>When a reply comes, open the case and choose &apos;Record what happened&apos;. npdrights helps you check the answer has everything it should, and says what you can do next. If no answer comes in time, it offers a reminder.</source>
        <translation>Gdy przyjdzie odpowiedź, otwórz sprawę i zapisz, co się wydarzyło. npdrights pomoże sprawdzić, czy odpowiedź zawiera wszystko, co powinna, i podpowie, co możesz zrobić dalej. Jeśli odpowiedź nie przyjdzie na czas, zaproponuje przypomnienie.</translation>
    </message>
    <message>
        <source>Print the letter.</source>
        <translation>Wydrukuj list.</translation>
    </message>
    <message>
        <source>Print the {letters} letters.</source>
        <translation>Wydrukuj wszystkie listy ({letters}).</translation>
    </message>
    <message>
        <source>Print the letter and the form to sign.</source>
        <translation>Wydrukuj list i formularz do podpisu.</translation>
    </message>
    <message>
        <source>Print the {letters} letters and the form to sign.</source>
        <translation>Wydrukuj wszystkie listy ({letters}) i formularz do podpisu.</translation>
    </message>
    <message>
        <source>Print the letter and the {forms} forms to sign.</source>
        <translation>Wydrukuj list i formularze do podpisu ({forms}).</translation>
    </message>
    <message>
        <source>Print the {letters} letters and the {forms} forms to sign.</source>
        <translation>Wydrukuj wszystkie listy ({letters}) i formularze do podpisu ({forms}).</translation>
    </message>
    <message>
        <source>Send it Signed For at a Post Office and keep the receipt: it shows the day you posted it, and its number tells you when it was delivered.</source>
        <translation>Wyślij list na poczcie (Post Office) usługą Signed For i zachowaj potwierdzenie: widać na nim dzień nadania, a po jego numerze sprawdzisz, kiedy list doręczono.</translation>
    </message>
    <message>
        <source>Post it at a Post Office counter and ask for a free certificate of posting. It proves the day you posted it: keep it safe.</source>
        <translation>Nadaj list w okienku na poczcie (Post Office) i poproś o bezpłatne potwierdzenie nadania (certificate of posting). To dowód dnia wysyłki: zachowaj je.</translation>
    </message>
</context>
<context>
    <name>AuditCheck</name>
    <message>
        <source>an entry is missing here.</source>
        <translation>w tym miejscu brakuje wpisu.</translation>
    </message>
    <message>
        <source>it doesn&apos;t follow on from the entry before it.</source>
        <translation>nie wynika z poprzedniego wpisu.</translation>
    </message>
    <message>
        <source>its content doesn&apos;t match its hash.</source>
        <translation>jego treść nie zgadza się z jego skrótem.</translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <source>Audit trail</source>
        <translation>Rejestr zmian</translation>
    </message>
    <message>
        <source>Every change to a case is written here with who made it and when, in UK time (GMT or BST). The trail names a case only by an inner number and never says what it holds; here a case still in the vault is shown by its reference, which the cases list&apos;s search finds. A dash marks changes made before the vault had advisers. Each entry is chained to the one before, so one changed or removed is found by the check below.</source>
        <translation>Każda zmiana w sprawie jest tu zapisywana wraz z tym, kto i kiedy ją wprowadził, według czasu brytyjskiego (GMT lub BST). Rejestr oznacza sprawę tylko wewnętrznym numerem i nigdy nie mówi, co zawiera; tutaj sprawa, która wciąż jest w sejfie, jest pokazana ze swoim numerem referencyjnym, który znajdzie wyszukiwarka listy spraw. Kreska oznacza zmiany sprzed pojawienia się doradców. Każdy wpis jest powiązany z poprzednim, więc zmieniony lub usunięty wpis wykryje poniższe sprawdzenie.</translation>
    </message>
    <message>
        <source>When (UK time)</source>
        <translation>Kiedy (czas brytyjski)</translation>
    </message>
    <message>
        <source>Adviser</source>
        <translation>Doradca</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Co</translation>
    </message>
    <message>
        <source>Case (reference)</source>
        <translation>Sprawa (numer referencyjny)</translation>
    </message>
    <message>
        <source>Audit trail entries, newest first</source>
        <translation>Wpisy rejestru zmian, od najnowszych</translation>
    </message>
    <message>
        <source>&amp;Check that nothing was changed</source>
        <translation>&amp;Sprawdź, czy nic nie zostało zmienione</translation>
    </message>
    <message>
        <source>Showing the newest {shown} of {total} entries. To see every one, whoever looks after npdrights here can list them all with the command: npdrights-cli audit list --limit 0</source>
        <translation>Pokazano {shown} najnowszych z {total} wpisów. Aby zobaczyć wszystkie, osoba, która zajmuje się tu npdrights, może je wypisać poleceniem: npdrights-cli audit list --limit 0</translation>
    </message>
    <message>
        <source>all cases</source>
        <translation>wszystkie sprawy</translation>
    </message>
    <message>
        <source>{number} (no longer in the vault)</source>
        <translation>{number} (już nie ma jej w sejfie)</translation>
    </message>
    <message>
        <source>{number} (no reference)</source>
        <translation>{number} (bez numeru referencyjnego)</translation>
    </message>
    <message numerus="yes">
        <source>The audit trail checks out: %n entries, none altered, removed or added.</source>
        <translation>
            <numerusform>Rejestr zmian się zgadza: %n wpis, żaden nie został zmieniony, usunięty ani dodany.</numerusform>
            <numerusform>Rejestr zmian się zgadza: %n wpisy, żaden nie został zmieniony, usunięty ani dodany.</numerusform>
            <numerusform>Rejestr zmian się zgadza: %n wpisów, żaden nie został zmieniony, usunięty ani dodany.</numerusform>
        </translation>
    </message>
    <message>
        <source>The audit trail has been changed at entry {entry}: {reason} Entries from there on can&apos;t be trusted. The vault&apos;s snapshots and backups hold earlier copies to compare with.</source>
        <translation>Rejestr zmian został zmieniony przy wpisie {entry}: {reason} Wpisom od tego miejsca nie można ufać. Migawki i kopie zapasowe sejfu mają wcześniejsze kopie do porównania.</translation>
    </message>
</context>
<context>
    <name>AuditKinds</name>
    <message>
        <source>case created</source>
        <translation>utworzono sprawę</translation>
    </message>
    <message>
        <source>case edited</source>
        <translation>zmieniono sprawę</translation>
    </message>
    <message>
        <source>case deleted</source>
        <translation>usunięto sprawę</translation>
    </message>
    <message>
        <source>event added</source>
        <translation>dodano zdarzenie</translation>
    </message>
    <message>
        <source>event edited</source>
        <translation>zmieniono zdarzenie</translation>
    </message>
    <message>
        <source>event deleted</source>
        <translation>usunięto zdarzenie</translation>
    </message>
    <message>
        <source>letter made</source>
        <translation>utworzono list</translation>
    </message>
    <message>
        <source>file attached</source>
        <translation>załączono plik</translation>
    </message>
    <message>
        <source>file exported</source>
        <translation>wyeksportowano plik</translation>
    </message>
    <message>
        <source>letter saved to a file</source>
        <translation>zapisano list do pliku</translation>
    </message>
    <message>
        <source>letter printed</source>
        <translation>wydrukowano list</translation>
    </message>
    <message>
        <source>case exported</source>
        <translation>wyeksportowano sprawę</translation>
    </message>
    <message>
        <source>deleted under the retention policy</source>
        <translation>usunięto zgodnie z zasadami przechowywania</translation>
    </message>
</context>
<context>
    <name>BackupContents</name>
    <message>
        <source>It holds everything in a vault: {cases} about {people}, {events}, {letters} and {attachments} ({size}).</source>
        <translation>Zawiera cały sejf: {cases} dotyczące {people}, {events}, {letters} i {attachments} ({size}).</translation>
    </message>
    <message>
        <source>It holds one case: {cases} about {people}, {events}, {letters} and {attachments} ({size}).</source>
        <translation>Zawiera jedną sprawę: {cases} dotyczące {people}, {events}, {letters} i {attachments} ({size}).</translation>
    </message>
    <message>
        <source>It holds one household: {cases} about {people}, {events}, {letters} and {attachments} ({size}).</source>
        <translation>Zawiera jedno gospodarstwo domowe: {cases} dotyczące {people}, {events}, {letters} i {attachments} ({size}).</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n sprawa</numerusform>
            <numerusform>%n sprawy</numerusform>
            <numerusform>%n spraw</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n osoby</numerusform>
            <numerusform>%n osób</numerusform>
            <numerusform>%n osób</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n zdarzenie</numerusform>
            <numerusform>%n zdarzenia</numerusform>
            <numerusform>%n zdarzeń</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s)</source>
        <translation>
            <numerusform>%n list</numerusform>
            <numerusform>%n listy</numerusform>
            <numerusform>%n listów</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attachment(s)</source>
        <translation>
            <numerusform>%n załącznik</numerusform>
            <numerusform>%n załączniki</numerusform>
            <numerusform>%n załączników</numerusform>
        </translation>
    </message>
    <message>
        <source>{megabytes} MB</source>
        <translation>{megabytes} MB</translation>
    </message>
    <message>
        <source>It was made on {when}.</source>
        <translation>Utworzono ją {when}.</translation>
    </message>
</context>
<context>
    <name>BackupFiles</name>
    <message>
        <source>npdrights backups</source>
        <translation>Kopie zapasowe npdrights</translation>
    </message>
    <message>
        <source>{field}: use at least {count} characters.</source>
        <translation>{field}: użyj co najmniej {count} znaków.</translation>
    </message>
    <message>
        <source>Type it again: the two passphrases are different.</source>
        <translation>Wpisz je ponownie: oba hasła się różnią.</translation>
    </message>
    <message>
        <source>Choose a backup file</source>
        <translation>Wybierz plik kopii zapasowej</translation>
    </message>
</context>
<context>
    <name>BackupScopes</name>
    <message>
        <source>Everything in this vault</source>
        <translation>Wszystko w tym sejfie</translation>
    </message>
    <message>
        <source>One household: {name}</source>
        <translation>Jedno gospodarstwo domowe: {name}</translation>
    </message>
    <message>
        <source>One case: {name} – {reference}</source>
        <translation>Jedna sprawa: {name} – {reference}</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <source>Change passphrase</source>
        <translation>Zmień hasło</translation>
    </message>
    <message>
        <source>Your cases are not re-encrypted: only the lock on the key changes, so this is quick. Your recovery code keeps working.</source>
        <translation>Twoje sprawy nie są szyfrowane od nowa: zmienia się tylko zamek na kluczu, więc to potrwa chwilę. Kod odzyskiwania nadal działa.</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Obecne hasło</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Nowe hasło</translation>
    </message>
    <message>
        <source>New passphrase again</source>
        <translation>Nowe hasło jeszcze raz</translation>
    </message>
    <message>
        <source>&amp;Current passphrase</source>
        <translation>&amp;Obecne hasło</translation>
    </message>
    <message>
        <source>&amp;New passphrase</source>
        <translation>&amp;Nowe hasło</translation>
    </message>
    <message>
        <source>Type it &amp;again</source>
        <translation>Wpisz je &amp;ponownie</translation>
    </message>
    <message>
        <source>Current passphrase: type the one you use now.</source>
        <translation>Obecne hasło: wpisz to, którego używasz teraz.</translation>
    </message>
    <message>
        <source>New passphrase: use at least {count} characters.</source>
        <translation>Nowe hasło: użyj co najmniej {count} znaków.</translation>
    </message>
    <message>
        <source>Type it again: the two new passphrases are different.</source>
        <translation>Wpisz je ponownie: oba nowe hasła się różnią.</translation>
    </message>
</context>
<context>
    <name>CheckDialog</name>
    <message>
        <source>Check a backup file</source>
        <translation>Sprawdź plik kopii zapasowej</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>&amp;Sprawdź</translation>
    </message>
    <message>
        <source>This reads the whole backup file and checks every part of it, exactly as restoring it would, but changes nothing in your vault.</source>
        <translation>To odczytuje cały plik kopii zapasowej i sprawdza każdą jego część dokładnie tak, jak przy przywracaniu, ale niczego nie zmienia w Twoim sejfie.</translation>
    </message>
    <message>
        <source>Backup file</source>
        <translation>Plik kopii zapasowej</translation>
    </message>
    <message>
        <source>Backup &amp;file</source>
        <translation>&amp;Plik kopii zapasowej</translation>
    </message>
    <message>
        <source>Backup passphrase</source>
        <translation>Hasło kopii zapasowej</translation>
    </message>
    <message>
        <source>Backup &amp;passphrase</source>
        <translation>&amp;Hasło kopii zapasowej</translation>
    </message>
    <message>
        <source>Choose the backup file and type its passphrase.</source>
        <translation>Wybierz plik kopii zapasowej i wpisz jego hasło.</translation>
    </message>
    <message>
        <source>Checking the backup…</source>
        <translation>Sprawdzanie kopii zapasowej…</translation>
    </message>
    <message>
        <source>This backup is complete and undamaged.</source>
        <translation>Ta kopia zapasowa jest kompletna i nieuszkodzona.</translation>
    </message>
</context>
<context>
    <name>CreateVaultView</name>
    <message>
        <source>Create your vault</source>
        <translation>Utwórz swój sejf</translation>
    </message>
    <message>
        <source>npdrights keeps your letters and cases in a vault on this computer. The vault is locked with a passphrase that only you know. Nothing is sent over the internet.</source>
        <translation>npdrights przechowuje Twoje listy i sprawy w sejfie na tym komputerze. Sejf jest zamknięty hasłem, które znasz tylko Ty. Nic nie jest wysyłane przez internet.</translation>
    </message>
    <message>
        <source>Choose a passphrase you will remember: four or more ordinary words work well, for example “{example}” (but choose your own). You will type it each time you open npdrights.</source>
        <translation>Wybierz hasło, które zapamiętasz: dobrze sprawdzają się cztery lub więcej zwykłych słów, na przykład „{example}” (ale wybierz własne). Będziesz je wpisywać przy każdym otwarciu npdrights.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Hasło</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>Hasło ponownie</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>&amp;Hasło</translation>
    </message>
    <message>
        <source>Type it &amp;again</source>
        <translation>Wpisz je &amp;ponownie</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation>Siła hasła</translation>
    </message>
    <message>
        <source>&amp;Remember on this computer</source>
        <translation>&amp;Zapamiętaj na tym komputerze</translation>
    </message>
    <message>
        <source>Remember on this computer</source>
        <translation>Zapamiętaj na tym komputerze</translation>
    </message>
    <message>
        <source>Lets npdrights open without your passphrase while you are logged in to this computer, using its keychain. Only tick this if nobody else uses your login on this computer.</source>
        <translation>Pozwala otwierać npdrights bez hasła, dopóki jesteś zalogowany na tym komputerze, dzięki jego pękowi kluczy. Zaznacz to tylko wtedy, gdy nikt inny nie korzysta z Twojego konta na tym komputerze.</translation>
    </message>
    <message>
        <source>Next you will get a recovery code. It is the only way back in if you forget your passphrase.</source>
        <translation>Następnie otrzymasz kod odzyskiwania. To jedyny sposób, by wrócić do sejfu, jeśli zapomnisz hasła.</translation>
    </message>
    <message>
        <source>Creating your vault</source>
        <translation>Tworzenie sejfu</translation>
    </message>
    <message>
        <source>&amp;Create vault</source>
        <translation>&amp;Utwórz sejf</translation>
    </message>
    <message>
        <source>Create vault</source>
        <translation>Utwórz sejf</translation>
    </message>
    <message>
        <source>Restore from a &amp;backup file instead…</source>
        <translation>Zamiast tego przywróć z &amp;kopii zapasowej…</translation>
    </message>
    <message>
        <source>Restore from a backup file</source>
        <translation>Przywróć z kopii zapasowej</translation>
    </message>
    <message>
        <source>Passphrase: use at least {count} characters.</source>
        <translation>Hasło: użyj co najmniej {count} znaków.</translation>
    </message>
    <message>
        <source>Type it again: the two passphrases are different.</source>
        <translation>Wpisz je ponownie: oba hasła się różnią.</translation>
    </message>
</context>
<context>
    <name>EmptyCases</name>
    <message>
        <source>Your cases</source>
        <translation>Twoje sprawy</translation>
    </message>
    <message>
        <source>You have no cases yet. A case starts when you ask the Department for Education, or a school or council, what it holds about a child or about you, or ask it to stop sharing or to correct something.</source>
        <translation>Nie masz jeszcze żadnych spraw. Sprawa zaczyna się, gdy pytasz Departament Edukacji (DfE), szkołę lub samorząd, jakie dane ma o dziecku lub o Tobie, albo prosisz o zaprzestanie udostępniania lub o poprawienie czegoś.</translation>
    </message>
    <message>
        <source>npdrights writes the letter for you, works out when the answer is due, and reminds you what to do next. Everything stays on this computer.</source>
        <translation>npdrights napisze za Ciebie list, wyliczy termin odpowiedzi i przypomni, co zrobić dalej. Wszystko zostaje na tym komputerze.</translation>
    </message>
    <message>
        <source>&amp;Start a new request</source>
        <translation>&amp;Rozpocznij nowy wniosek</translation>
    </message>
    <message>
        <source>Start a new request</source>
        <translation>Rozpocznij nowy wniosek</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Back up to a file</source>
        <translation>Kopia zapasowa do pliku</translation>
    </message>
    <message>
        <source>&amp;Back up…</source>
        <translation>Zrób &amp;kopię…</translation>
    </message>
    <message>
        <source>A backup file holds your cases, letters and attachments, so you can restore them on this or another computer. It is locked with a passphrase of its own: choose one you will remember, or write it down and keep it apart from the file. Without it, nobody can open the backup.</source>
        <translation>Plik kopii zapasowej zawiera Twoje sprawy, listy i załączniki, więc możesz je przywrócić na tym lub innym komputerze. Jest zamknięty własnym hasłem: wybierz takie, które zapamiętasz, albo je zapisz i trzymaj z dala od pliku. Bez niego nikt nie otworzy kopii.</translation>
    </message>
    <message>
        <source>What to back up</source>
        <translation>Co skopiować</translation>
    </message>
    <message>
        <source>&amp;What to back up</source>
        <translation>&amp;Co skopiować</translation>
    </message>
    <message>
        <source>Backup passphrase</source>
        <translation>Hasło kopii zapasowej</translation>
    </message>
    <message>
        <source>Backup passphrase again</source>
        <translation>Hasło kopii zapasowej jeszcze raz</translation>
    </message>
    <message>
        <source>Backup &amp;passphrase</source>
        <translation>&amp;Hasło kopii zapasowej</translation>
    </message>
    <message>
        <source>Type it &amp;again</source>
        <translation>Wpisz je &amp;ponownie</translation>
    </message>
    <message>
        <source>Save the backup as</source>
        <translation>Zapisz kopię zapasową jako</translation>
    </message>
    <message>
        <source>{name} already exists. Choose a new name: an old backup is never replaced.</source>
        <translation>{name} już istnieje. Wybierz nową nazwę: stara kopia nigdy nie jest zastępowana.</translation>
    </message>
    <message numerus="yes">
        <source>%n damaged attachment(s) left out.</source>
        <translation>
            <numerusform>Pominięto %n uszkodzony załącznik.</numerusform>
            <numerusform>Pominięto %n uszkodzone załączniki.</numerusform>
            <numerusform>Pominięto %n uszkodzonych załączników.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved the backup as {path}.</source>
        <translation>Zapisano kopię zapasową jako {path}.</translation>
    </message>
    <message>
        <source>Keep it somewhere other than this computer, and keep its passphrase safe.</source>
        <translation>Trzymaj ją w innym miejscu niż ten komputer, a jej hasło w bezpiecznym miejscu.</translation>
    </message>
    <message>
        <source>Making the backup…</source>
        <translation>Tworzenie kopii zapasowej…</translation>
    </message>
    <message>
        <source>Back up the &amp;rest</source>
        <translation>Skopiuj &amp;resztę</translation>
    </message>
    <message>
        <source>Choose “Back up the rest” to do that.</source>
        <translation>Aby to zrobić, wybierz „Skopiuj resztę”.</translation>
    </message>
    <message>
        <source>{name} (case {reference})</source>
        <translation>{name} (sprawa {reference})</translation>
    </message>
    <message>
        <source>{name} (case without a reference)</source>
        <translation>{name} (sprawa bez numeru)</translation>
    </message>
    <message numerus="yes">
        <source>%n attachment(s) in your vault damaged or missing, so not able to go into a backup: {listing}. Everything else can be backed up without them. Nothing has been written yet.</source>
        <translation>
            <numerusform>%n załącznik w Twoim sejfie jest uszkodzony lub go brakuje, więc nie może trafić do kopii zapasowej: {listing}. Wszystko inne można skopiować bez niego. Na razie niczego nie zapisano.</numerusform>
            <numerusform>%n załączniki w Twoim sejfie są uszkodzone lub ich brakuje, więc nie mogą trafić do kopii zapasowej: {listing}. Wszystko inne można skopiować bez nich. Na razie niczego nie zapisano.</numerusform>
            <numerusform>%n załączników w Twoim sejfie jest uszkodzonych lub ich brakuje, więc nie mogą trafić do kopii zapasowej: {listing}. Wszystko inne można skopiować bez nich. Na razie niczego nie zapisano.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FieldLabels</name>
    <message>
        <source>Who is asking</source>
        <translation>Kto pyta</translation>
    </message>
    <message>
        <source>Your full name</source>
        <translation>Twoje imię i nazwisko</translation>
    </message>
    <message>
        <source>Your address</source>
        <translation>Twój adres</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Kod pocztowy</translation>
    </message>
    <message>
        <source>Your email address</source>
        <translation>Twój adres e-mail</translation>
    </message>
    <message>
        <source>Your organisation</source>
        <translation>Twoja organizacja</translation>
    </message>
    <message>
        <source>Who it is about</source>
        <translation>Kogo to dotyczy</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Imię i nazwisko</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Data urodzenia</translation>
    </message>
    <message>
        <source>Unique Pupil Number (UPN)</source>
        <translation>Numer ucznia UPN (Unique Pupil Number)</translation>
    </message>
    <message>
        <source>Former UPNs</source>
        <translation>Dawne numery UPN</translation>
    </message>
    <message>
        <source>Unique Learner Number (ULN)</source>
        <translation>Numer ucznia ULN (Unique Learner Number)</translation>
    </message>
    <message>
        <source>Schools</source>
        <translation>Szkoły</translation>
    </message>
</context>
<context>
    <name>FileField</name>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Wybierz…</translation>
    </message>
    <message>
        <source>Choose: {file}</source>
        <translation>Wybierz: {file}</translation>
    </message>
</context>
<context>
    <name>HowThisWorksDialog</name>
    <message>
        <source>How npdrights works</source>
        <translation>Jak działa npdrights</translation>
    </message>
    <message>
        <source>This page has not been translated yet, so it is in English.</source>
        <translation>Ta strona nie została jeszcze przetłumaczona, dlatego jest po angielsku.</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Zamknij</translation>
    </message>
</context>
<context>
    <name>JobDialog</name>
    <message>
        <source>Progress</source>
        <translation>Postęp</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
</context>
<context>
    <name>JourneyPage</name>
    <message>
        <source>Your answers stay on this computer. Nothing is saved until you press Finish, and then only in your locked vault.</source>
        <translation>Twoje odpowiedzi zostają na tym komputerze. Nic nie jest zapisywane, dopóki nie naciśniesz „Zakończ”, a wtedy tylko w Twoim zamkniętym sejfie.</translation>
    </message>
    <message>
        <source>Why we ask this</source>
        <translation>Dlaczego o to pytamy</translation>
    </message>
    <message>
        <source>What is wrong</source>
        <translation>Co jest nie tak</translation>
    </message>
    <message>
        <source>What still needs an answer</source>
        <translation>Na co trzeba jeszcze odpowiedzieć</translation>
    </message>
    <message>
        <source>Where your answers go</source>
        <translation>Co dzieje się z Twoimi odpowiedziami</translation>
    </message>
    <message>
        <source>Why we ask this:</source>
        <translation>Dlaczego o to pytamy:</translation>
    </message>
    <message>
        <source>To carry on:</source>
        <translation>Aby przejść dalej:</translation>
    </message>
</context>
<context>
    <name>JourneyWizard</name>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Dalej</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Wstecz</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Zakończ</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <source>Close this letter?</source>
        <translation>Zamknąć ten list?</translation>
    </message>
    <message>
        <source>No letter has been saved yet. You can keep your answers as a draft, locked in your vault, and carry on later from the list of your cases.</source>
        <translation>Żaden list nie został jeszcze zapisany. Możesz zachować odpowiedzi jako szkic, zamknięty w Twoim sejfie, i dokończyć później z listy Twoich spraw.</translation>
    </message>
    <message>
        <source>&amp;Keep it as a draft</source>
        <translation>&amp;Zachowaj jako szkic</translation>
    </message>
    <message>
        <source>&amp;Throw it away</source>
        <translation>&amp;Wyrzuć</translation>
    </message>
    <message>
        <source>&amp;Go back to it</source>
        <translation>Wróć &amp;do niego</translation>
    </message>
</context>
<context>
    <name>Journeys</name>
    <message>
        <source>Find out what is held</source>
        <translation>Dowiedz się, jakie dane są przechowywane</translation>
    </message>
    <message>
        <source>Stop the DfE sharing data</source>
        <translation>Powstrzymaj DfE przed udostępnianiem danych</translation>
    </message>
    <message>
        <source>Get wrong information corrected</source>
        <translation>Popraw błędne informacje</translation>
    </message>
    <message>
        <source>Ask for data to be deleted</source>
        <translation>Poproś o usunięcie danych</translation>
    </message>
    <message>
        <source>Ask for the use of data to be restricted</source>
        <translation>Poproś o ograniczenie wykorzystania danych</translation>
    </message>
    <message>
        <source>Chase or complain</source>
        <translation>Przypomnij lub złóż skargę</translation>
    </message>
</context>
<context>
    <name>Languages</name>
    <message>
        <source>a machine-assisted translation by the npdrights developers</source>
        <translation>tłumaczenie twórców npdrights wykonane z pomocą tłumaczenia maszynowego</translation>
    </message>
    <message>
        <source>These screens are in {language}: {made_by}.</source>
        <translation>Język ekranów: {language} — {made_by}.</translation>
    </message>
    <message>
        <source>A native speaker has checked it.</source>
        <translation>Sprawdził je rodzimy użytkownik języka.</translation>
    </message>
    <message>
        <source>No native speaker has checked it yet, so some words may be wrong or unclear. Letters to the DfE are always in English.</source>
        <translation>Nie sprawdził go jeszcze żaden rodzimy użytkownik języka, więc niektóre słowa mogą być błędne lub niejasne. Listy do DfE są zawsze po angielsku.</translation>
    </message>
</context>
<context>
    <name>LetterMeaning</name>
    <message>
        <source>The organisation must answer by {date}. That is one calendar month after your letter is expected to reach it. For a complicated request it may take up to two months more, but only if it tells you so within the first month.</source>
        <translation>Organizacja musi odpowiedzieć do {date}. To jeden miesiąc kalendarzowy od dnia, w którym list powinien do niej dotrzeć. Przy skomplikowanej prośbie może potrzebować nawet dwóch miesięcy więcej, ale tylko jeśli powie Ci o tym w pierwszym miesiącu.</translation>
    </message>
    <message>
        <source>The organisation must answer within one calendar month of receiving your letter.</source>
        <translation>Organizacja musi odpowiedzieć w ciągu jednego miesiąca kalendarzowego od otrzymania Twojego listu.</translation>
    </message>
    <message>
        <source>What happens next: once the letter is posted and marked as sent in npdrights, npdrights watches that date. If no answer has come by then, it offers you a reminder, and after that a complaint.</source>
        <translation>Co dalej: gdy list zostanie wysłany i zaznaczony w npdrights jako wysłany, npdrights będzie pilnował tej daty. Jeśli do tego dnia nie będzie odpowiedzi, zaproponuje Ci przypomnienie, a potem skargę.</translation>
    </message>
    <message>
        <source>This letter asks the Department for Education for a copy of everything it holds about your child, including the National Pupil Database, where that information came from, and who it was given to.</source>
        <translation>Ten list prosi Departament Edukacji (DfE) o kopię wszystkich danych, jakie ma o Twoim dziecku, także w National Pupil Database (krajowej bazie danych uczniów), o informację, skąd te dane pochodzą, i komu je przekazano.</translation>
    </message>
    <message>
        <source>This letter asks the Learning Records Service for your child&apos;s learning record: the courses and qualifications kept under their learner number.</source>
        <translation>Ten list prosi Learning Records Service o zapis nauki Twojego dziecka: kursy i kwalifikacje zapisane pod jego numerem ucznia (ULN).</translation>
    </message>
    <message>
        <source>This letter asks the organisation for a copy of everything it holds about your child, where that information came from, and who it was shared with.</source>
        <translation>Ten list prosi organizację o kopię wszystkich danych, jakie ma o Twoim dziecku, o informację, skąd te dane pochodzą, i komu je udostępniono.</translation>
    </message>
    <message>
        <source>This letter tells the Department for Education that you object to it giving information that identifies your child to companies and to the press, and asks it to stop.</source>
        <translation>Ten list mówi Departamentowi Edukacji (DfE), że sprzeciwiasz się przekazywaniu firmom i prasie danych, po których można rozpoznać Twoje dziecko, i prosi, żeby przestał to robić.</translation>
    </message>
    <message>
        <source>This letter asks for wrong information about your child to be corrected. It lists what is recorded and what is right.</source>
        <translation>Ten list prosi o poprawienie błędnych danych o Twoim dziecku. Wymienia, co jest zapisane i jak powinno być.</translation>
    </message>
    <message>
        <source>This letter asks for information about your child to be deleted, and says why.</source>
        <translation>Ten list prosi o usunięcie danych o Twoim dziecku i wyjaśnia dlaczego.</translation>
    </message>
    <message>
        <source>This letter asks the organisation to keep your child&apos;s information but not use it, while a question about it is settled.</source>
        <translation>Ten list prosi organizację, żeby zachowała dane Twojego dziecka, ale ich nie używała, dopóki sprawa nie zostanie wyjaśniona.</translation>
    </message>
    <message>
        <source>This letter reminds the organisation that its answer is late, and asks it to answer now.</source>
        <translation>Ten list przypomina organizacji, że spóźnia się z odpowiedzią, i prosi o odpowiedź teraz.</translation>
    </message>
    <message>
        <source>The letter asks for an answer by {date}.</source>
        <translation>List prosi o odpowiedź do {date}.</translation>
    </message>
    <message>
        <source>The letter asks for an answer within ten working days.</source>
        <translation>List prosi o odpowiedź w ciągu dziesięciu dni roboczych.</translation>
    </message>
    <message>
        <source>What happens next: if no answer comes, you can complain to the organisation, and then to the Information Commissioner&apos;s Office (ICO).</source>
        <translation>Co dalej: jeśli odpowiedź nie przyjdzie, możesz złożyć skargę do organizacji, a potem do ICO (brytyjskiego urzędu ochrony danych).</translation>
    </message>
    <message>
        <source>This letter complains to the organisation&apos;s data protection officer about how your request was handled, with the dates of what happened.</source>
        <translation>Ten list to skarga do inspektora ochrony danych organizacji na to, jak potraktowano Twoją prośbę, z datami tego, co się wydarzyło.</translation>
    </message>
    <message>
        <source>The letter asks the organisation to confirm it has your complaint by {date}.</source>
        <translation>List prosi organizację, żeby do {date} potwierdziła, że otrzymała Twoją skargę.</translation>
    </message>
    <message>
        <source>The letter asks the organisation to confirm it has your complaint within 30 days.</source>
        <translation>List prosi organizację, żeby w ciągu 30 dni potwierdziła, że otrzymała Twoją skargę.</translation>
    </message>
    <message>
        <source>What happens next: if its answer does not settle things, you can complain to the Information Commissioner&apos;s Office (ICO) within three months of your last contact with the organisation.</source>
        <translation>Co dalej: jeśli jej odpowiedź nie załatwi sprawy, możesz złożyć skargę do ICO (brytyjskiego urzędu ochrony danych) w ciągu trzech miesięcy od ostatniego kontaktu z organizacją.</translation>
    </message>
    <message>
        <source>This is not a letter: it is what you need for the complaint form of the Information Commissioner&apos;s Office (ICO): a short summary, the dates of what happened, and what you ask the ICO to do.</source>
        <translation>To nie jest list: to wszystko, czego potrzebujesz do formularza skargi ICO (brytyjskiego urzędu ochrony danych): krótkie podsumowanie, daty tego, co się wydarzyło, i to, o co prosisz ICO.</translation>
    </message>
    <message>
        <source>No law sets a date for the ICO&apos;s answer.</source>
        <translation>Żaden przepis nie wyznacza terminu odpowiedzi ICO.</translation>
    </message>
    <message>
        <source>What happens next: copy it into the ICO&apos;s online form and keep a copy. When the ICO writes to you, record it in npdrights.</source>
        <translation>Co dalej: przepisz to do formularza ICO w internecie i zachowaj kopię. Gdy ICO do Ciebie napisze, zapisz to w npdrights.</translation>
    </message>
    <message>
        <source>What this letter says</source>
        <translation>Co mówi ten list</translation>
    </message>
    <message>
        <source>In short</source>
        <translation>W skrócie</translation>
    </message>
    <message>
        <source>The letter is in English, because that is what the organisation reads. This is what it says, in short.</source>
        <translation>List jest po angielsku, bo w tym języku czyta go organizacja. Oto w skrócie, co w nim jest.</translation>
    </message>
</context>
<context>
    <name>LetterView</name>
    <message>
        <source>{name}, as printed</source>
        <translation>{name}, jak na wydruku</translation>
    </message>
    <message>
        <source>A picture of the printed pages. The next tab has the same letter as text.</source>
        <translation>Obraz wydrukowanych stron. Na następnej karcie jest ten sam list jako tekst.</translation>
    </message>
    <message>
        <source>{name}, as text</source>
        <translation>{name}, jako tekst</translation>
    </message>
    <message>
        <source>Printed letter</source>
        <translation>List do druku</translation>
    </message>
    <message>
        <source>Letter as text</source>
        <translation>List jako tekst</translation>
    </message>
</context>
<context>
    <name>Letterhead</name>
    <message>
        <source>Type the organisation&apos;s name.</source>
        <translation>Wpisz nazwę organizacji.</translation>
    </message>
    <message>
        <source>The name is too long for a letterhead: keep it to {most} characters.</source>
        <translation>Nazwa jest za długa na papier firmowy: zmieść ją w {most} znakach.</translation>
    </message>
    <message>
        <source>Type the organisation&apos;s address, one line per line.</source>
        <translation>Wpisz adres organizacji, każdą linię osobno.</translation>
    </message>
    <message>
        <source>Keep the address to {most} lines: it is printed on one line.</source>
        <translation>Adres może mieć najwyżej {most} linii: drukuje się go w jednym wierszu.</translation>
    </message>
    <message>
        <source>An address line is too long: keep each to {most} characters.</source>
        <translation>Jedna z linii adresu jest za długa: zmieść każdą w {most} znakach.</translation>
    </message>
    <message>
        <source>That isn&apos;t a charity number: in England and Wales it is 6 or 7 digits (like 1234567), in Scotland SC and 6 digits, in Northern Ireland NIC and 6 digits. Leave it empty if you don&apos;t have one.</source>
        <translation>To nie jest numer organizacji charytatywnej: w Anglii i Walii ma 6 lub 7 cyfr (np. 1234567), w Szkocji SC i 6 cyfr, w Irlandii Północnej NIC i 6 cyfr. Jeśli go nie masz, zostaw puste pole.</translation>
    </message>
    <message>
        <source>That file is {megabytes} MB: a logo needs far less. Choose a smaller picture (under 5 MB), or save the logo at a smaller size first.</source>
        <translation>Ten plik ma {megabytes} MB: logo potrzebuje dużo mniej. Wybierz mniejszy obraz (poniżej 5 MB) albo najpierw zapisz logo w mniejszym rozmiarze.</translation>
    </message>
    <message>
        <source>That file isn&apos;t a picture npdrights can read. Choose a PNG or JPEG file.</source>
        <translation>npdrights nie potrafi odczytać tego pliku jako obrazu. Wybierz plik PNG lub JPEG.</translation>
    </message>
    <message>
        <source>That picture is damaged or only partly there, so it can&apos;t be used. Save the logo again and choose the new file.</source>
        <translation>Ten obraz jest uszkodzony lub niekompletny, więc nie można go użyć. Zapisz logo ponownie i wybierz nowy plik.</translation>
    </message>
    <message>
        <source>That picture is too small to print clearly. Choose one at least 100 pixels across.</source>
        <translation>Ten obraz jest za mały, by wydrukować go wyraźnie. Wybierz taki, który ma co najmniej 100 pikseli szerokości.</translation>
    </message>
    <message>
        <source>That picture is far too large to be a logo. Save it at a smaller size (under 6,000 pixels across) first.</source>
        <translation>Ten obraz jest o wiele za duży na logo. Najpierw zapisz go w mniejszym rozmiarze (poniżej 6000 pikseli szerokości).</translation>
    </message>
    <message>
        <source>That picture is far too large ({width} x {height} pixels) to be a logo. Save it at a smaller size (under 6,000 pixels across) first.</source>
        <translation>Ten obraz ({width} x {height} pikseli) jest o wiele za duży na logo. Najpierw zapisz go w mniejszym rozmiarze (poniżej 6000 pikseli szerokości).</translation>
    </message>
    <message>
        <source>The file {name} could not be read ({reason}).</source>
        <translation>Nie udało się odczytać pliku {name} ({reason}).</translation>
    </message>
</context>
<context>
    <name>LockCountdown</name>
    <message>
        <source>npdrights is about to lock</source>
        <translation>npdrights zaraz się zablokuje</translation>
    </message>
    <message>
        <source>Time before npdrights locks</source>
        <translation>Czas do zablokowania npdrights</translation>
    </message>
    <message>
        <source>&amp;Keep working</source>
        <translation>&amp;Pracuj dalej</translation>
    </message>
    <message>
        <source>Keep working</source>
        <translation>Pracuj dalej</translation>
    </message>
    <message>
        <source>Anything you are writing is kept, locked in your vault, and you can carry on after unlocking.</source>
        <translation>Wszystko, co piszesz, zostanie zachowane, zamknięte w Twoim sejfie, a po odblokowaniu możesz kontynuować.</translation>
    </message>
    <message numerus="yes">
        <source>You haven&apos;t used npdrights for a while, so it will lock in %n second(s) to keep your cases private.</source>
        <translation>
            <numerusform>Od pewnego czasu nie korzystasz z npdrights, więc zablokuje się za %n sekundę, aby chronić Twoje sprawy.</numerusform>
            <numerusform>Od pewnego czasu nie korzystasz z npdrights, więc zablokuje się za %n sekundy, aby chronić Twoje sprawy.</numerusform>
            <numerusform>Od pewnego czasu nie korzystasz z npdrights, więc zablokuje się za %n sekund, aby chronić Twoje sprawy.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Vault</source>
        <translation>&amp;Sejf</translation>
    </message>
    <message>
        <source>&amp;Lock now</source>
        <translation>&amp;Zablokuj teraz</translation>
    </message>
    <message>
        <source>Change &amp;passphrase…</source>
        <translation>Zmień &amp;hasło…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Ustawienia…</translation>
    </message>
    <message>
        <source>&amp;Name, address and letterhead…</source>
        <translation>&amp;Nazwa, adres i papier firmowy…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Wyjdź</translation>
    </message>
    <message>
        <source>&amp;Back up to a file…</source>
        <translation>Zrób &amp;kopię zapasową do pliku…</translation>
    </message>
    <message>
        <source>C&amp;heck a backup file…</source>
        <translation>S&amp;prawdź plik kopii zapasowej…</translation>
    </message>
    <message>
        <source>&amp;Restore from a file…</source>
        <translation>P&amp;rzywróć z pliku…</translation>
    </message>
    <message>
        <source>&amp;Cases</source>
        <translation>Spr&amp;awy</translation>
    </message>
    <message>
        <source>&amp;New request…</source>
        <translation>&amp;Nowy wniosek…</translation>
    </message>
    <message>
        <source>&amp;Statistics…</source>
        <translation>&amp;Statystyki…</translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation>&amp;Rejestr</translation>
    </message>
    <message>
        <source>&amp;Who has been given pupil data…</source>
        <translation>&amp;Komu przekazano dane uczniów…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Pomoc</translation>
    </message>
    <message>
        <source>&amp;How this works</source>
        <translation>&amp;Jak to działa</translation>
    </message>
    <message>
        <source>&amp;About npdrights</source>
        <translation>&amp;O npdrights</translation>
    </message>
    <message>
        <source>Put the &amp;copy back</source>
        <translation>Odłóż &amp;kopię na miejsce</translation>
    </message>
    <message>
        <source>Type your passphrase to unlock.</source>
        <translation>Wpisz hasło, aby odblokować.</translation>
    </message>
    <message>
        <source>Saved the recovery code sheet as {path}.</source>
        <translation>Zapisano arkusz z kodem odzyskiwania jako {path}.</translation>
    </message>
    <message>
        <source>npdrights recovery code</source>
        <translation>Kod odzyskiwania npdrights</translation>
    </message>
    <message>
        <source>Your new passphrase is set.</source>
        <translation>Twoje nowe hasło jest ustawione.</translation>
    </message>
    <message>
        <source>An older copy of your cases</source>
        <translation>Starsza kopia Twoich spraw</translation>
    </message>
    <message>
        <source>Carry on with this older copy?</source>
        <translation>Kontynuować z tą starszą kopią?</translation>
    </message>
    <message>
        <source>Your cases file now holds the snapshot from {when}. The damaged file was kept beside it. Type your passphrase to unlock.</source>
        <translation>Plik Twoich spraw zawiera teraz migawkę z {when}. Uszkodzony plik zachowano obok. Wpisz hasło, aby odblokować.</translation>
    </message>
    <message>
        <source>The copy of your vault&apos;s key file is back in place. Type the passphrase you had when it was made (or use your recovery code) to unlock.</source>
        <translation>Kopia pliku klucza Twojego sejfu jest z powrotem na miejscu. Aby odblokować, wpisz hasło, które obowiązywało, gdy ją utworzono (albo użyj kodu odzyskiwania).</translation>
    </message>
    <message>
        <source>That unfinished letter can&apos;t be opened by this version of npdrights.</source>
        <translation>Tego niedokończonego listu nie da się otworzyć w tej wersji npdrights.</translation>
    </message>
    <message>
        <source>The unfinished letter was deleted.</source>
        <translation>Niedokończony list został usunięty.</translation>
    </message>
    <message>
        <source>Delete this unfinished letter?</source>
        <translation>Usunąć ten niedokończony list?</translation>
    </message>
    <message>
        <source>The answers you typed for it will be gone for good. Delete it?</source>
        <translation>Wpisane do niego odpowiedzi znikną na zawsze. Usunąć go?</translation>
    </message>
    <message>
        <source>Your unfinished letter</source>
        <translation>Twój niedokończony list</translation>
    </message>
    <message>
        <source>Carry on with it now?</source>
        <translation>Kontynuować go teraz?</translation>
    </message>
    <message>
        <source>&amp;Carry on</source>
        <translation>&amp;Kontynuuj</translation>
    </message>
    <message>
        <source>&amp;Throw it away</source>
        <translation>&amp;Wyrzuć</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Później</translation>
    </message>
    <message>
        <source>{step}: npdrights has no letter for this step yet.</source>
        <translation>{step}: npdrights nie ma jeszcze listu na ten krok.</translation>
    </message>
    <message>
        <source>Saved. Your case is in the list.</source>
        <translation>Zapisano. Twoja sprawa jest na liście.</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n case(s).</source>
        <translation>
            <numerusform>Zapisano %n sprawę.</numerusform>
            <numerusform>Zapisano %n sprawy.</numerusform>
            <numerusform>Zapisano %n spraw.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>npdrights locked itself after %n minute(s) without use.</source>
        <translation>
            <numerusform>npdrights zablokował się po %n minucie bez użycia.</numerusform>
            <numerusform>npdrights zablokował się po %n minutach bez użycia.</numerusform>
            <numerusform>npdrights zablokował się po %n minutach bez użycia.</numerusform>
        </translation>
    </message>
    <message>
        <source>npdrights locked itself because the computer went to sleep.</source>
        <translation>npdrights zablokował się, ponieważ komputer przeszedł w stan uśpienia.</translation>
    </message>
    <message>
        <source>npdrights locked itself when its window was minimised.</source>
        <translation>npdrights zablokował się, gdy jego okno zostało zminimalizowane.</translation>
    </message>
    <message>
        <source>npdrights is locked.</source>
        <translation>npdrights jest zablokowany.</translation>
    </message>
    <message>
        <source>Your unfinished letter could not be kept: {reason}</source>
        <translation>Nie udało się zachować Twojego niedokończonego listu: {reason}</translation>
    </message>
    <message>
        <source>Your unfinished letter was kept, locked in your vault.</source>
        <translation>Twój niedokończony list został zachowany, zamknięty w Twoim sejfie.</translation>
    </message>
    <message>
        <source>Your unfinished letter could not be kept.</source>
        <translation>Nie udało się zachować Twojego niedokończonego listu.</translation>
    </message>
    <message>
        <source>Your passphrase has been changed.</source>
        <translation>Twoje hasło zostało zmienione.</translation>
    </message>
    <message>
        <source>Passphrase not changed</source>
        <translation>Hasło nie zostało zmienione</translation>
    </message>
    <message>
        <source>Keychain not available</source>
        <translation>Pęk kluczy jest niedostępny</translation>
    </message>
    <message>
        <source>About npdrights</source>
        <translation>O npdrights</translation>
    </message>
    <message>
        <source>npdrights helps you use your data-protection rights over the National Pupil Database.

Everything stays on this computer, encrypted. npdrights never connects to the internet.</source>
        <translation>npdrights pomaga korzystać z praw do ochrony danych wobec Krajowej Bazy Danych Uczniów (National Pupil Database).

Wszystko zostaje na tym komputerze, zaszyfrowane. npdrights nigdy nie łączy się z internetem.</translation>
    </message>
</context>
<context>
    <name>MessageLabel</name>
    <message>
        <source>Note: </source>
        <translation>Uwaga: </translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Komunikat</translation>
    </message>
</context>
<context>
    <name>NewAdviserForm</name>
    <message>
        <source>Adviser&apos;s name</source>
        <translation>Nazwa doradcy</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rola</translation>
    </message>
    <message>
        <source>Their passphrase</source>
        <translation>Hasło tej osoby</translation>
    </message>
    <message>
        <source>Their passphrase again</source>
        <translation>Hasło tej osoby jeszcze raz</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nazwa</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Rola</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>&amp;Hasło</translation>
    </message>
    <message>
        <source>Type it &amp;again</source>
        <translation>Wpisz je &amp;ponownie</translation>
    </message>
    <message>
        <source>Name: type the adviser&apos;s name as they will type it to sign in.</source>
        <translation>Nazwa: wpisz nazwę doradcy tak, jak będzie ją wpisywać przy logowaniu.</translation>
    </message>
    <message>
        <source>Passphrase: use at least {count} characters.</source>
        <translation>Hasło: użyj co najmniej {count} znaków.</translation>
    </message>
    <message>
        <source>Type it again: the two passphrases are different.</source>
        <translation>Wpisz je ponownie: oba hasła się różnią.</translation>
    </message>
</context>
<context>
    <name>OrganisationDialog</name>
    <message>
        <source>Organisation and letterhead</source>
        <translation>Organizacja i papier firmowy</translation>
    </message>
    <message>
        <source>Your organisation&apos;s letterhead</source>
        <translation>Papier firmowy Twojej organizacji</translation>
    </message>
    <message>
        <source>If you are an advice charity, your name, address and charity number are printed at the top of the letters your advisers write for families, so the organisation sees at once who is writing. A family&apos;s own letters never have it. It is kept in your encrypted vault.</source>
        <translation>Jeśli jesteś organizacją doradczą, Twoja nazwa, adres i numer organizacji charytatywnej są drukowane u góry listów, które Twoi doradcy piszą dla rodzin, więc adresat od razu widzi, kto pisze. Listy pisane przez same rodziny nigdy go nie mają. Jest przechowywany w Twoim zaszyfrowanym sejfie.</translation>
    </message>
    <message>
        <source>Organisation&apos;s name</source>
        <translation>Nazwa organizacji</translation>
    </message>
    <message>
        <source>Organisation&apos;s address, one line per line</source>
        <translation>Adres organizacji, każda linia osobno</translation>
    </message>
    <message>
        <source>Registered charity number, if you have one</source>
        <translation>Numer rejestracyjny organizacji charytatywnej, jeśli go masz</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nazwa:</translation>
    </message>
    <message>
        <source>&amp;Address (one line per line):</source>
        <translation>&amp;Adres (każda linia osobno):</translation>
    </message>
    <message>
        <source>&amp;Charity number (if any):</source>
        <translation>Numer &amp;organizacji charytatywnej (jeśli jest):</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Brak logo</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>Choose a &amp;logo…</source>
        <translation>Wybierz &amp;logo…</translation>
    </message>
    <message>
        <source>Choose a logo file</source>
        <translation>Wybierz plik z logo</translation>
    </message>
    <message>
        <source>&amp;Remove the logo</source>
        <translation>&amp;Usuń logo</translation>
    </message>
    <message>
        <source>Logo:</source>
        <translation>Logo:</translation>
    </message>
    <message>
        <source>Have &amp;no letterhead</source>
        <translation>&amp;Bez papieru firmowego</translation>
    </message>
    <message>
        <source>Pictures</source>
        <translation>Obrazy</translation>
    </message>
    <message>
        <source>Choose a logo</source>
        <translation>Wybierz logo</translation>
    </message>
</context>
<context>
    <name>OrganisationTools</name>
    <message>
        <source>&amp;Organisation</source>
        <translation>&amp;Organizacja</translation>
    </message>
    <message>
        <source>Who is signed in</source>
        <translation>Kto jest zalogowany</translation>
    </message>
    <message>
        <source>&amp;Advisers…</source>
        <translation>&amp;Doradcy…</translation>
    </message>
    <message>
        <source>Audit &amp;trail…</source>
        <translation>&amp;Rejestr zmian…</translation>
    </message>
    <message>
        <source>&amp;Retention: cases to delete…</source>
        <translation>&amp;Przechowywanie: sprawy do usunięcia…</translation>
    </message>
    <message>
        <source>Signed in as {name}</source>
        <translation>Zalogowano jako {name}</translation>
    </message>
    <message>
        <source>Retention policy not changed</source>
        <translation>Nie zmieniono zasad przechowywania</translation>
    </message>
</context>
<context>
    <name>Passphrase</name>
    <message>
        <source>Use at least {count} characters. Four or more words that don&apos;t go together work well.</source>
        <translation>Użyj co najmniej {count} znaków. Dobrze sprawdzają się cztery lub więcej niepasujących do siebie słów.</translation>
    </message>
    <message>
        <source>This is the example shown on this screen, so anyone who has seen npdrights knows it. Choose your own words.</source>
        <translation>To przykład pokazany na tym ekranie, więc zna go każdy, kto widział npdrights. Wybierz własne słowa.</translation>
    </message>
    <message>
        <source>This looks easy to guess. Avoid common words like &apos;password&apos; and repeated characters.</source>
        <translation>To hasło wygląda na łatwe do odgadnięcia. Unikaj popularnych słów, takich jak „password”, i powtarzających się znaków.</translation>
    </message>
    <message>
        <source>Strong. Make sure you can remember it, and keep your recovery code safe.</source>
        <translation>Silne. Upewnij się, że je zapamiętasz, i przechowuj kod odzyskiwania w bezpiecznym miejscu.</translation>
    </message>
    <message>
        <source>Fair. Adding another word or two would make it much harder to guess.</source>
        <translation>Przeciętne. Jedno lub dwa słowa więcej sprawią, że będzie dużo trudniejsze do odgadnięcia.</translation>
    </message>
</context>
<context>
    <name>PassphraseField</name>
    <message>
        <source>Show</source>
        <translation>Pokaż</translation>
    </message>
    <message>
        <source>Show {field}</source>
        <translation>Pokaż: {field}</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Ukryj</translation>
    </message>
</context>
<context>
    <name>PersonForm</name>
    <message>
        <source>The Unique Pupil Number (UPN) is a 13-character code every state school in England gives each pupil, for example B801200005001. It is on some school reports and letters about exams or admissions; the school office can tell you it. Leave it blank if you don&apos;t know it: the DfE can search by name, date of birth and school.</source>
        <translation>Unique Pupil Number (UPN) to 13-znakowy kod, który każda szkoła państwowa w Anglii nadaje każdemu uczniowi, na przykład B801200005001. Jest na niektórych świadectwach i w listach o egzaminach lub przyjęciu do szkoły; poda go sekretariat szkoły. Jeśli go nie znasz, zostaw puste: DfE może szukać po imieniu i nazwisku, dacie urodzenia i szkole.</translation>
    </message>
    <message>
        <source>The Unique Learner Number (ULN) is a 10-digit number given to anyone aged 14 or over in education or training. It is on exam certificates and on a Personal Learning Record. Leave it blank if you don&apos;t know it.</source>
        <translation>Unique Learner Number (ULN) to 10-cyfrowy numer, który dostaje każdy uczący się lub szkolący się w wieku 14 lat lub starszy. Jest na świadectwach egzaminów i w Personal Learning Record. Jeśli go nie znasz, zostaw puste.</translation>
    </message>
    <message>
        <source>Any other name the school records may use: an earlier surname, or a different spelling.</source>
        <translation>Każde inne imię lub nazwisko, którego mogą używać dane szkoły: wcześniejsze nazwisko albo inna pisownia.</translation>
    </message>
    <message>
        <source>One address per line, with commas between the parts, for example: 3 Old Lane, Exampleton, EX2 3CD</source>
        <translation>Jeden adres w wierszu, z przecinkami między częściami, na przykład: 3 Old Lane, Exampleton, EX2 3CD</translation>
    </message>
    <message>
        <source>By their first name</source>
        <translation>Po imieniu</translation>
    </message>
    <message>
        <source>he</source>
        <translation>he (on)</translation>
    </message>
    <message>
        <source>she</source>
        <translation>she (ona)</translation>
    </message>
    <message>
        <source>they</source>
        <translation>they (neutralnie)</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Imię i nazwisko</translation>
    </message>
    <message>
        <source>Former names (optional)</source>
        <translation>Dawne imiona i nazwiska (opcjonalnie)</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Data urodzenia</translation>
    </message>
    <message>
        <source>Unique Pupil Number, UPN (optional)</source>
        <translation>Numer ucznia UPN (opcjonalnie)</translation>
    </message>
    <message>
        <source>Former UPNs (optional)</source>
        <translation>Dawne numery UPN (opcjonalnie)</translation>
    </message>
    <message>
        <source>Unique Learner Number, ULN (optional)</source>
        <translation>Numer ucznia ULN (opcjonalnie)</translation>
    </message>
    <message>
        <source>Past addresses (optional)</source>
        <translation>Dawne adresy (opcjonalnie)</translation>
    </message>
    <message>
        <source>In the letter, call the child</source>
        <translation>Jak nazywać dziecko w liście</translation>
    </message>
    <message>
        <source>&amp;Full name</source>
        <translation>&amp;Imię i nazwisko</translation>
    </message>
    <message>
        <source>As the school would have it.</source>
        <translation>Tak, jak zapisała je szkoła.</translation>
    </message>
    <message>
        <source>F&amp;ormer names (optional)</source>
        <translation>Dawne imio&amp;na i nazwiska (opcjonalnie)</translation>
    </message>
    <message>
        <source>&amp;Date of birth</source>
        <translation>Data u&amp;rodzenia</translation>
    </message>
    <message>
        <source>For example 4 5 2013.</source>
        <translation>Na przykład 4 5 2013.</translation>
    </message>
    <message>
        <source>&amp;UPN (optional)</source>
        <translation>&amp;UPN (opcjonalnie)</translation>
    </message>
    <message>
        <source>Where do I find the UPN?</source>
        <translation>Gdzie znajdę UPN?</translation>
    </message>
    <message>
        <source>Former UPN&amp;s (optional)</source>
        <translation>Dawne U&amp;PN (opcjonalnie)</translation>
    </message>
    <message>
        <source>One per line, if the pupil had another.</source>
        <translation>Po jednym w wierszu, jeśli uczeń miał inny.</translation>
    </message>
    <message>
        <source>U&amp;LN (optional)</source>
        <translation>U&amp;LN (opcjonalnie)</translation>
    </message>
    <message>
        <source>Where do I find the ULN?</source>
        <translation>Gdzie znajdę ULN?</translation>
    </message>
    <message>
        <source>Pas&amp;t addresses (optional)</source>
        <translation>Dawne &amp;adresy (opcjonalnie)</translation>
    </message>
    <message>
        <source>In the letter, call the&amp;m</source>
        <translation>&amp;Jak nazywać w liście</translation>
    </message>
    <message>
        <source>After the first mention the letter uses their first name, or he, she or they if you choose one.</source>
        <translation>List jest po angielsku: po pierwszym wymienieniu używa imienia dziecka albo słowa he, she lub they, jeśli je wybierzesz.</translation>
    </message>
    <message>
        <source>Schools attended (optional)</source>
        <translation>Szkoły, do których chodziło (opcjonalnie)</translation>
    </message>
    <message>
        <source>Schools help the organisation find every record. Add the ones you know.</source>
        <translation>Szkoły pomagają organizacji znaleźć wszystkie dane. Dodaj te, które znasz.</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>Print: {what}</source>
        <translation>Drukuj: {what}</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Zapisz jako PDF</translation>
    </message>
    <message>
        <source>PDF files</source>
        <translation>Pliki PDF</translation>
    </message>
    <message>
        <source>The file could not be saved there ({reason}). Choose another folder.</source>
        <translation>Nie udało się zapisać tam pliku ({reason}). Wybierz inny folder.</translation>
    </message>
    <message>
        <source>Could not save</source>
        <translation>Nie udało się zapisać</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <source>write your full name</source>
        <translation>wpisz swoje imię i nazwisko</translation>
    </message>
    <message>
        <source>give your postal address, one line per item</source>
        <translation>podaj adres pocztowy, każdą część w osobnym wierszu</translation>
    </message>
    <message>
        <source>not an email address (expected name@example.org)</source>
        <translation>to nie jest adres e-mail (oczekiwano imie@example.org)</translation>
    </message>
    <message>
        <source>name the charity or service you advise for</source>
        <translation>podaj nazwę organizacji lub służby, w której doradzasz</translation>
    </message>
    <message>
        <source>write the pupil&apos;s full name</source>
        <translation>wpisz imię i nazwisko ucznia</translation>
    </message>
    <message>
        <source>type the day, month and year</source>
        <translation>wpisz dzień, miesiąc i rok</translation>
    </message>
    <message>
        <source>write the school&apos;s name, or remove the school</source>
        <translation>wpisz nazwę szkoły albo usuń szkołę</translation>
    </message>
    <message>
        <source>choose who is asking</source>
        <translation>wybierz, kto pyta</translation>
    </message>
    <message>
        <source>add yourself</source>
        <translation>dodaj siebie</translation>
    </message>
    <message>
        <source>add at least one child</source>
        <translation>dodaj co najmniej jedno dziecko</translation>
    </message>
    <message>
        <source>asking about yourself, the letter is about one person: remove the others</source>
        <translation>pytasz o siebie, więc list dotyczy jednej osoby: usuń pozostałe</translation>
    </message>
</context>
<context>
    <name>RecoveryCodeView</name>
    <message>
        <source>To check you have it, type the first &amp;group on line {line}:</source>
        <translation>Aby sprawdzić, że go masz, wpisz pierwszą &amp;grupę z wiersza {line}:</translation>
    </message>
    <message>
        <source>To check you have it, type the second &amp;group on line {line}:</source>
        <translation>Aby sprawdzić, że go masz, wpisz drugą &amp;grupę z wiersza {line}:</translation>
    </message>
    <message>
        <source>To check you have it, type the third &amp;group on line {line}:</source>
        <translation>Aby sprawdzić, że go masz, wpisz trzecią &amp;grupę z wiersza {line}:</translation>
    </message>
    <message>
        <source>To check you have it, type the fourth &amp;group on line {line}:</source>
        <translation>Aby sprawdzić, że go masz, wpisz czwartą &amp;grupę z wiersza {line}:</translation>
    </message>
    <message>
        <source>That isn&apos;t the first group on line {line}. Check it against your copy.</source>
        <translation>To nie jest pierwsza grupa z wiersza {line}. Porównaj ją ze swoją kopią.</translation>
    </message>
    <message>
        <source>That isn&apos;t the second group on line {line}. Check it against your copy.</source>
        <translation>To nie jest druga grupa z wiersza {line}. Porównaj ją ze swoją kopią.</translation>
    </message>
    <message>
        <source>That isn&apos;t the third group on line {line}. Check it against your copy.</source>
        <translation>To nie jest trzecia grupa z wiersza {line}. Porównaj ją ze swoją kopią.</translation>
    </message>
    <message>
        <source>That isn&apos;t the fourth group on line {line}. Check it against your copy.</source>
        <translation>To nie jest czwarta grupa z wiersza {line}. Porównaj ją ze swoją kopią.</translation>
    </message>
    <message>
        <source>Keep your recovery code safe</source>
        <translation>Przechowuj kod odzyskiwania w bezpiecznym miejscu</translation>
    </message>
    <message>
        <source>If you ever forget your passphrase, this code is the only way to open your cases. Write it down, or print it, and keep it away from this computer. It will not be shown again.</source>
        <translation>Jeśli kiedyś zapomnisz hasła, ten kod będzie jedynym sposobem, by otworzyć Twoje sprawy. Zapisz go albo wydrukuj i trzymaj z dala od tego komputera. Nie zostanie pokazany ponownie.</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Kod odzyskiwania</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Zapisz jako PDF…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Drukuj…</translation>
    </message>
    <message>
        <source>The sheet you save or print is in English. It shows this code and says the same as this screen: keep it safe, away from this computer, as it is the only other way to open your cases.</source>
        <translation>Arkusz, który zapiszesz lub wydrukujesz, jest po angielsku. Zawiera ten kod i mówi to samo, co ten ekran: przechowuj go w bezpiecznym miejscu, z dala od tego komputera, bo to jedyny inny sposób, by otworzyć Twoje sprawy.</translation>
    </message>
    <message>
        <source>If you lose both your passphrase and this code, nobody can open your cases: not you, not us. There is no back door.</source>
        <translation>Jeśli stracisz i hasło, i ten kod, nikt nie otworzy Twoich spraw: ani Ty, ani my. Nie ma tylnych drzwi.</translation>
    </message>
    <message>
        <source>Group of the recovery code</source>
        <translation>Grupa kodu odzyskiwania</translation>
    </message>
    <message>
        <source>I have kept my recovery code – &amp;continue</source>
        <translation>Kod odzyskiwania jest bezpieczny – &amp;dalej</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Dalej</translation>
    </message>
</context>
<context>
    <name>Register</name>
    <message>
        <source>Press and media</source>
        <translation>Prasa i media</translation>
    </message>
    <message>
        <source>Commercial</source>
        <translation>Firmy komercyjne</translation>
    </message>
    <message>
        <source>Research</source>
        <translation>Badania naukowe</translation>
    </message>
    <message>
        <source>Government</source>
        <translation>Administracja rządowa</translation>
    </message>
    <message>
        <source>Home Office</source>
        <translation>Home Office (MSW)</translation>
    </message>
    <message>
        <source>Police</source>
        <translation>Policja</translation>
    </message>
    <message>
        <source>Court order</source>
        <translation>Nakaz sądowy</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Inne</translation>
    </message>
    <message>
        <source>Tiers of data</source>
        <translation>Poziomy danych</translation>
    </message>
    <message>
        <source>Approved by the Data Sharing Approvals Panel</source>
        <translation>Zatwierdzone przez Data Sharing Approvals Panel</translation>
    </message>
    <message>
        <source>Regular data-sharing agreements</source>
        <translation>Stałe umowy o udostępnianiu danych</translation>
    </message>
    <message>
        <source>NPD requests approved before April 2018</source>
        <translation>Wnioski o dane NPD zatwierdzone przed kwietniem 2018</translation>
    </message>
    <message>
        <source>NPD requests completed</source>
        <translation>Zrealizowane wnioski o dane NPD</translation>
    </message>
    <message>
        <source>NPD requests still open</source>
        <translation>Wnioski o dane NPD wciąż otwarte</translation>
    </message>
    <message>
        <source>NPD live cases</source>
        <translation>Bieżące sprawy NPD</translation>
    </message>
    <message>
        <source>Police and criminal investigations</source>
        <translation>Policja i postępowania karne</translation>
    </message>
    <message>
        <source>Court orders</source>
        <translation>Nakazy sądowe</translation>
    </message>
    <message>
        <source>Other sheet</source>
        <translation>Inny arkusz</translation>
    </message>
    <message>
        <source>Public record</source>
        <translation>Źródła publiczne</translation>
    </message>
</context>
<context>
    <name>RegisterCompare</name>
    <message>
        <source>{first} to {last}</source>
        <translation>{first}–{last}</translation>
    </message>
    <message>
        <source>Not known: the register does not say which years of data this release covered. Ask the DfE.</source>
        <translation>Nie wiadomo: rejestr nie podaje, z których lat dane obejmowało to przekazanie. Zapytaj DfE.</translation>
    </message>
    <message>
        <source>Possibly: it covered {covered}, and the child was at school in {both}. Only the DfE can say whether the child&apos;s record was in it.</source>
        <translation>Możliwe: obejmowało lata {covered}, a dziecko chodziło do szkoły w latach {both}. Tylko DfE może powiedzieć, czy były w nim dane dziecka.</translation>
    </message>
    <message>
        <source>Unlikely: it covered {covered}, outside the child&apos;s school years.</source>
        <translation>Mało prawdopodobne: obejmowało lata {covered}, poza latami szkolnymi dziecka.</translation>
    </message>
</context>
<context>
    <name>RegisterExplorer</name>
    <message>
        <source>Who has been given pupil data – npdrights</source>
        <translation>Kto dostał dane uczniów – npdrights</translation>
    </message>
    <message>
        <source>The Department for Education publishes a register of the organisations it has given National Pupil Database data to. npdrights starts with releases known from public sources. For the full list, download the latest “DfE external data shares” file from GOV.UK and import it here.</source>
        <translation>Departament Edukacji (DfE) publikuje rejestr organizacji, którym przekazał dane z Krajowej Bazy Danych Uczniów (NPD). npdrights zaczyna od przekazań znanych ze źródeł publicznych. Aby zobaczyć pełną listę, pobierz najnowszy plik „DfE external data shares” z GOV.UK i zaimportuj go tutaj.</translation>
    </message>
    <message>
        <source>&amp;Import the DfE&apos;s register file…</source>
        <translation>&amp;Zaimportuj plik rejestru DfE…</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Importowanie</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Wszystkie rodzaje</translation>
    </message>
    <message>
        <source>Type of recipient</source>
        <translation>Rodzaj odbiorcy</translation>
    </message>
    <message>
        <source>From year</source>
        <translation>Od roku</translation>
    </message>
    <message>
        <source>To year</source>
        <translation>Do roku</translation>
    </message>
    <message>
        <source>Any tier</source>
        <translation>Dowolny poziom</translation>
    </message>
    <message>
        <source>Tier {tier}</source>
        <translation>Poziom {tier}</translation>
    </message>
    <message>
        <source>Tier of data</source>
        <translation>Poziom danych</translation>
    </message>
    <message>
        <source>Identifiable data only</source>
        <translation>Tylko dane umożliwiające identyfikację</translation>
    </message>
    <message>
        <source>Dataset, e.g. exclusions</source>
        <translation>Zbiór danych, np. wykluczenia</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>Zbiór danych</translation>
    </message>
    <message>
        <source>Search names, references, purposes</source>
        <translation>Szukaj w nazwach, numerach, celach</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Szukaj</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Rodzaj:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Od:</translation>
    </message>
    <message>
        <source>to:</source>
        <translation>do:</translation>
    </message>
    <message>
        <source>Releases</source>
        <translation>Przekazania danych</translation>
    </message>
    <message>
        <source>Releases per year, by type of recipient</source>
        <translation>Przekazania danych w poszczególnych latach, według rodzaju odbiorcy</translation>
    </message>
    <message>
        <source>The release</source>
        <translation>Przekazanie danych</translation>
    </message>
    <message>
        <source>Choose a release in the list.</source>
        <translation>Wybierz przekazanie danych z listy.</translation>
    </message>
    <message>
        <source>Keep this type</source>
        <translation>Zostaw ten rodzaj</translation>
    </message>
    <message>
        <source>Change to: {type}</source>
        <translation>Zmień na: {type}</translation>
    </message>
    <message>
        <source>Go back to npdrights’ own guess</source>
        <translation>Wróć do oceny npdrights</translation>
    </message>
    <message>
        <source>Correct the type</source>
        <translation>Popraw rodzaj</translation>
    </message>
    <message>
        <source>Could my child&apos;s data have been in this?</source>
        <translation>Czy dane mojego dziecka mogły tu być?</translation>
    </message>
    <message>
        <source>First year at school</source>
        <translation>Pierwszy rok w szkole</translation>
    </message>
    <message>
        <source>Last year at school</source>
        <translation>Ostatni rok w szkole</translation>
    </message>
    <message>
        <source>Type the years your child was at school in England.</source>
        <translation>Wpisz lata, w których Twoje dziecko chodziło do szkoły w Anglii.</translation>
    </message>
    <message>
        <source>First year at &amp;school:</source>
        <translation>Pierwszy rok w &amp;szkole:</translation>
    </message>
    <message>
        <source>&amp;Last year at school:</source>
        <translation>&amp;Ostatni rok w szkole:</translation>
    </message>
    <message>
        <source>Ask this &amp;organisation what it holds…</source>
        <translation>Zapytaj tę &amp;organizację, jakie ma dane…</translation>
    </message>
    <message>
        <source>Ask the &amp;DfE about this release…</source>
        <translation>Zapytaj &amp;DfE o to przekazanie…</translation>
    </message>
    <message>
        <source>O&amp;bject, naming this recipient…</source>
        <translation>&amp;Sprzeciw, ze wskazaniem tego odbiorcy…</translation>
    </message>
    <message>
        <source>Showing all {total} releases.</source>
        <translation>Pokazano wszystkie przekazania: {total}.</translation>
    </message>
    <message>
        <source>Showing {shown} of {total} releases.</source>
        <translation>Pokazano {shown} z {total} przekazań.</translation>
    </message>
    <message numerus="yes">
        <source>%n release(s) chosen</source>
        <translation>
            <numerusform>Wybrano %n przekazanie</numerusform>
            <numerusform>Wybrano %n przekazania</numerusform>
            <numerusform>Wybrano %n przekazań</numerusform>
        </translation>
    </message>
    <message>
        <source>Type the first and last years your child was at school in England.</source>
        <translation>Wpisz pierwszy i ostatni rok, w którym Twoje dziecko chodziło do szkoły w Anglii.</translation>
    </message>
    <message>
        <source>The first year is after the last year: check the two years.</source>
        <translation>Pierwszy rok jest późniejszy niż ostatni: sprawdź oba lata.</translation>
    </message>
    <message>
        <source>Spreadsheets</source>
        <translation>Arkusze kalkulacyjne</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>Wszystkie pliki</translation>
    </message>
    <message>
        <source>Import the DfE&apos;s register</source>
        <translation>Zaimportuj rejestr DfE</translation>
    </message>
    <message>
        <source>Importing {name}…</source>
        <translation>Importowanie {name}…</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>Nie zaimportowano</translation>
    </message>
    <message>
        <source>Register imported</source>
        <translation>Zaimportowano rejestr</translation>
    </message>
    <message>
        <source>{name} was imported before: nothing has changed.</source>
        <translation>Plik {name} był już zaimportowany: nic się nie zmieniło.</translation>
    </message>
    <message>
        <source>Imported {name}: {added} new releases, {updated} updated.</source>
        <translation>Zaimportowano {name}: nowe przekazania: {added}, zaktualizowane: {updated}.</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Dowolny</translation>
    </message>
    <message>
        <source>Date: {day}</source>
        <translation>Data: {day}</translation>
    </message>
    <message>
        <source>Date, as written: {text}</source>
        <translation>Data w zapisie oryginalnym: {text}</translation>
    </message>
    <message>
        <source>Reference: {reference}</source>
        <translation>Numer: {reference}</translation>
    </message>
    <message>
        <source>What for: {purpose}</source>
        <translation>W jakim celu: {purpose}</translation>
    </message>
    <message>
        <source>Years of data: {first}–{last}</source>
        <translation>Lata, z których pochodzą dane: {first}–{last}</translation>
    </message>
    <message>
        <source>{tier} (identifiable)</source>
        <translation>{tier} (umożliwia identyfikację)</translation>
    </message>
    <message>
        <source>Identifiable data</source>
        <translation>Dane umożliwiające identyfikację</translation>
    </message>
    <message>
        <source>Not identifiable (pseudonymised or aggregated)</source>
        <translation>Nie umożliwiają identyfikacji (spseudonimizowane lub zbiorcze)</translation>
    </message>
    <message>
        <source>Datasets: {datasets}</source>
        <translation>Zbiory danych: {datasets}</translation>
    </message>
    <message>
        <source>Legal basis given: {basis}</source>
        <translation>Podana podstawa prawna: {basis}</translation>
    </message>
    <message>
        <source>Listed in: {sheet}</source>
        <translation>Wymienione w: {sheet}</translation>
    </message>
    <message>
        <source>Source: {source} (checked {day})</source>
        <translation>Źródło: {source} (sprawdzono {day})</translation>
    </message>
    <message>
        <source>Imported from: {source}</source>
        <translation>Zaimportowano z: {source}</translation>
    </message>
</context>
<context>
    <name>RegisterFile</name>
    <message>
        <source>npdrights could not read the register it had saved (after an update, or because the file was damaged), so it has started again from its built-in public record. Import the DfE&apos;s register file again.</source>
        <translation>npdrights nie mógł odczytać zapisanego rejestru (po aktualizacji albo z powodu uszkodzenia pliku), więc zaczął od nowa od wbudowanych źródeł publicznych. Zaimportuj ponownie plik rejestru DfE.</translation>
    </message>
    <message>
        <source>npdrights found no releases in {name}: no sheet had a row of column names with an organisation or a reference. Check it is the DfE&apos;s “external data shares” file from GOV.UK.</source>
        <translation>npdrights nie znalazł żadnych przekazań w pliku {name}: żaden arkusz nie miał wiersza z nazwami kolumn zawierającego organizację lub numer. Sprawdź, czy to plik DfE „external data shares” z GOV.UK.</translation>
    </message>
    <message>
        <source>Download it again from the DfE&apos;s “external data shares” page on GOV.UK, then import that copy.</source>
        <translation>Pobierz go ponownie ze strony DfE „external data shares” na GOV.UK i zaimportuj tę kopię.</translation>
    </message>
    <message>
        <source>{name} is {size} MB, too big to be the DfE&apos;s register (the largest edition is well under 1 MB; npdrights reads up to {most} MB). Check you chose the right file.</source>
        <translation>{name} ma {size} MB, za dużo jak na rejestr DfE (największe wydanie ma znacznie mniej niż 1 MB; npdrights czyta do {most} MB). Sprawdź, czy wybrano właściwy plik.</translation>
    </message>
    <message>
        <source>{name} is a folder. Choose the register file inside it.</source>
        <translation>{name} to folder. Wybierz plik rejestru, który jest w środku.</translation>
    </message>
    <message>
        <source>npdrights could not open {name} ({reason}). Check the file is still there and that you can open it.</source>
        <translation>npdrights nie mógł otworzyć pliku {name} ({reason}). Sprawdź, czy plik nadal tam jest i czy możesz go otworzyć.</translation>
    </message>
    <message>
        <source>{name} is empty.</source>
        <translation>Plik {name} jest pusty.</translation>
    </message>
    <message>
        <source>{name} is not a spreadsheet npdrights can read. The DfE publishes its register as an ODS spreadsheet.</source>
        <translation>{name} nie jest arkuszem kalkulacyjnym, który npdrights potrafi odczytać. DfE publikuje swój rejestr jako arkusz ODS.</translation>
    </message>
    <message>
        <source>{name} is damaged: it is cut short or changed.</source>
        <translation>Plik {name} jest uszkodzony: jest ucięty albo zmieniony.</translation>
    </message>
    <message>
        <source>{name} holds {count} packed files, far more than a spreadsheet does. npdrights did not read it, in case it was made to fill the computer&apos;s memory.</source>
        <translation>{name} zawiera spakowane pliki w liczbie {count}, o wiele więcej niż arkusz kalkulacyjny. npdrights go nie odczytał, na wypadek gdyby miał zapełnić pamięć komputera.</translation>
    </message>
    <message>
        <source>{name} would unpack to {size} MB, far more than any edition of the register. npdrights did not read it, in case it was made to fill the computer&apos;s memory.</source>
        <translation>Po rozpakowaniu {name} miałby {size} MB, o wiele więcej niż jakiekolwiek wydanie rejestru. npdrights go nie odczytał, na wypadek gdyby miał zapełnić pamięć komputera.</translation>
    </message>
    <message>
        <source>{name} is a packed file, but not a spreadsheet (ODS or XLSX). If it is a zip of the DfE&apos;s files, unpack it first and import the spreadsheet inside.</source>
        <translation>{name} to plik spakowany, ale nie arkusz kalkulacyjny (ODS ani XLSX). Jeśli to archiwum zip z plikami DfE, najpierw je rozpakuj i zaimportuj arkusz ze środka.</translation>
    </message>
    <message>
        <source>This spreadsheet is protected by a password. Open it, save a copy without one, and import that.</source>
        <translation>Ten arkusz jest chroniony hasłem. Otwórz go, zapisz kopię bez hasła i zaimportuj ją.</translation>
    </message>
    <message>
        <source>npdrights could not read this {kind} file: it is damaged or not really a spreadsheet.</source>
        <translation>npdrights nie mógł odczytać tego pliku {kind}: jest uszkodzony albo nie jest naprawdę arkuszem kalkulacyjnym.</translation>
    </message>
    <message>
        <source>npdrights could not read this CSV file (line {line}: {detail}). Open it in a spreadsheet program and save it again as CSV, or import the original ODS file.</source>
        <translation>npdrights nie mógł odczytać tego pliku CSV (wiersz {line}: {detail}). Otwórz go w programie do arkuszy i zapisz ponownie jako CSV albo zaimportuj oryginalny plik ODS.</translation>
    </message>
    <message>
        <source>This file has more than {most} rows, far more than any edition of the register. npdrights did not import it. Check you chose the right file.</source>
        <translation>Ten plik ma ponad {most} wierszy, o wiele więcej niż jakiekolwiek wydanie rejestru. npdrights go nie zaimportował. Sprawdź, czy wybrano właściwy plik.</translation>
    </message>
</context>
<context>
    <name>RegisterLetters</name>
    <message>
        <source>Unlock npdrights first: letters and cases are kept in your encrypted vault. The register stays open.</source>
        <translation>Najpierw odblokuj npdrights: listy i sprawy są przechowywane w Twoim zaszyfrowanym sejfie. Rejestr pozostaje otwarty.</translation>
    </message>
</context>
<context>
    <name>ReleasesModel</name>
    <message>
        <source>Given to</source>
        <translation>Komu przekazano</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Rodzaj</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Numer</translation>
    </message>
    <message>
        <source>What for</source>
        <translation>W jakim celu</translation>
    </message>
    <message>
        <source>Years of data</source>
        <translation>Lata danych</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Poziom</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>Nie podano</translation>
    </message>
    <message>
        <source>{type} (inferred)</source>
        <translation>{type} (przypuszczalnie)</translation>
    </message>
    <message>
        <source>Not said</source>
        <translation>Nie podano</translation>
    </message>
    <message>
        <source>Tier {tier}</source>
        <translation>Poziom {tier}</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from a backup file</source>
        <translation>Przywróć z kopii zapasowej</translation>
    </message>
    <message>
        <source>&amp;Check the backup</source>
        <translation>&amp;Sprawdź kopię</translation>
    </message>
    <message>
        <source>Choose a backup file made with “Back up to a file…” and type the passphrase you gave it. npdrights checks all of it first and shows you what it holds; nothing changes until you choose Restore.</source>
        <translation>Wybierz plik kopii zapasowej zrobiony poleceniem „Zrób kopię zapasową do pliku…” i wpisz hasło, które mu nadałeś. npdrights najpierw sprawdzi go w całości i pokaże, co zawiera; nic się nie zmieni, dopóki nie wybierzesz Przywróć.</translation>
    </message>
    <message>
        <source>Backup file</source>
        <translation>Plik kopii zapasowej</translation>
    </message>
    <message>
        <source>Backup &amp;file</source>
        <translation>&amp;Plik kopii zapasowej</translation>
    </message>
    <message>
        <source>Backup passphrase</source>
        <translation>Hasło kopii zapasowej</translation>
    </message>
    <message>
        <source>Backup &amp;passphrase</source>
        <translation>&amp;Hasło kopii zapasowej</translation>
    </message>
    <message>
        <source>New vault passphrase</source>
        <translation>Hasło nowego sejfu</translation>
    </message>
    <message>
        <source>New vault passphrase again</source>
        <translation>Hasło nowego sejfu jeszcze raz</translation>
    </message>
    <message>
        <source>&amp;New vault passphrase</source>
        <translation>Hasło &amp;nowego sejfu</translation>
    </message>
    <message>
        <source>Type it &amp;again</source>
        <translation>Wpisz je &amp;ponownie</translation>
    </message>
    <message>
        <source>&amp;Add the backup&apos;s cases to this vault</source>
        <translation>&amp;Dodaj sprawy z kopii do tego sejfu</translation>
    </message>
    <message>
        <source>&amp;Replace everything in this vault with the backup</source>
        <translation>&amp;Zastąp całą zawartość tego sejfu kopią</translation>
    </message>
    <message>
        <source>Adding never overwrites: a case that is already here stays as it is.</source>
        <translation>Dodawanie niczego nie nadpisuje: sprawa, która już tu jest, zostaje bez zmian.</translation>
    </message>
    <message>
        <source>Replacing keeps a copy of what the vault holds now in its snapshot folder.</source>
        <translation>Przy zastępowaniu kopia obecnej zawartości sejfu zostaje w folderze migawek.</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Co zrobić</translation>
    </message>
    <message>
        <source>Choose the backup file and type its passphrase.</source>
        <translation>Wybierz plik kopii zapasowej i wpisz jego hasło.</translation>
    </message>
    <message>
        <source>Checking the backup…</source>
        <translation>Sprawdzanie kopii zapasowej…</translation>
    </message>
    <message>
        <source>The backup is complete and undamaged.</source>
        <translation>Kopia zapasowa jest kompletna i nieuszkodzona.</translation>
    </message>
    <message numerus="yes">
        <source>%n of its cases are already in this vault and will be left as they are: {references}.</source>
        <translation>
            <numerusform>%n z jej spraw jest już w tym sejfie i zostanie bez zmian: {references}.</numerusform>
            <numerusform>%n z jej spraw są już w tym sejfie i zostaną bez zmian: {references}.</numerusform>
            <numerusform>%n z jej spraw jest już w tym sejfie i zostanie bez zmian: {references}.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Przywróć</translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation>Przywracanie…</translation>
    </message>
    <message>
        <source>Added {cases}, {events}, {letters} and {attachments}.</source>
        <translation>Dodano: {cases}, {events}, {letters} i {attachments}.</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n sprawa</numerusform>
            <numerusform>%n sprawy</numerusform>
            <numerusform>%n spraw</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n zdarzenie</numerusform>
            <numerusform>%n zdarzenia</numerusform>
            <numerusform>%n zdarzeń</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s)</source>
        <translation>
            <numerusform>%n list</numerusform>
            <numerusform>%n listy</numerusform>
            <numerusform>%n listów</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attachment(s)</source>
        <translation>
            <numerusform>%n załącznik</numerusform>
            <numerusform>%n załączniki</numerusform>
            <numerusform>%n załączników</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) from the backup were already in this vault and were left as they were: {references}.</source>
        <translation>
            <numerusform>%n sprawa z kopii była już w tym sejfie i została bez zmian: {references}.</numerusform>
            <numerusform>%n sprawy z kopii były już w tym sejfie i zostały bez zmian: {references}.</numerusform>
            <numerusform>%n spraw z kopii było już w tym sejfie i zostało bez zmian: {references}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s), household(s) or organisation(s) already in this vault had different details in the backup; your vault&apos;s details were kept.</source>
        <translation>
            <numerusform>%n osoba, gospodarstwo domowe lub organizacja z tego sejfu miała w kopii inne dane; zachowano dane z Twojego sejfu.</numerusform>
            <numerusform>%n osoby, gospodarstwa domowe lub organizacje z tego sejfu miały w kopii inne dane; zachowano dane z Twojego sejfu.</numerusform>
            <numerusform>%n osób, gospodarstw domowych lub organizacji z tego sejfu miało w kopii inne dane; zachowano dane z Twojego sejfu.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RetentionDialog</name>
    <message>
        <source>Retention</source>
        <translation>Przechowywanie</translation>
    </message>
    <message>
        <source>Cases to delete under your retention policy</source>
        <translation>Sprawy do usunięcia zgodnie z Twoimi zasadami przechowywania</translation>
    </message>
    <message>
        <source>The law says personal data is kept no longer than it is needed (UK GDPR Article 5(1)(e)). Your organisation decides how long that is. Cases are listed here once they have been closed for that long; nothing is deleted until you confirm. The policy itself is set under {where}.</source>
        <translation>Prawo mówi, że dane osobowe przechowuje się nie dłużej, niż są potrzebne (UK GDPR, art. 5 ust. 1 lit. e). Twoja organizacja decyduje, jak długo to trwa. Sprawy pojawiają się tutaj, gdy są zamknięte od tak dawna; nic nie zostanie usunięte, dopóki tego nie potwierdzisz. Same zasady ustawia się w menu {where}.</translation>
    </message>
    <message>
        <source>Who it is about</source>
        <translation>Kogo dotyczy</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Wniosek</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>Zamknięto</translation>
    </message>
    <message>
        <source>Past the policy since</source>
        <translation>Po terminie od</translation>
    </message>
    <message>
        <source>Cases past the retention policy</source>
        <translation>Sprawy po terminie przechowywania</translation>
    </message>
    <message>
        <source>&amp;Back up first…</source>
        <translation>Najpierw zrób &amp;kopię zapasową…</translation>
    </message>
    <message>
        <source>Keep a copy in a backup file, in case these cases are needed again</source>
        <translation>Zachowaj kopię w pliku kopii zapasowej, gdyby te sprawy były jeszcze potrzebne</translation>
    </message>
    <message>
        <source>&amp;Delete these cases…</source>
        <translation>&amp;Usuń te sprawy…</translation>
    </message>
    <message>
        <source>(not known)</source>
        <translation>(nieznane)</translation>
    </message>
    <message>
        <source>No retention policy: closed cases are kept until someone deletes them.</source>
        <translation>Brak zasad przechowywania: zamknięte sprawy są przechowywane, dopóki ktoś ich nie usunie.</translation>
    </message>
    <message>
        <source>You can set one under {where}.</source>
        <translation>Możesz je ustawić w menu {where}.</translation>
    </message>
    <message numerus="yes">
        <source>Closed cases are due for deletion %n year(s) after they were closed.</source>
        <translation>
            <numerusform>Zamknięte sprawy należy usunąć %n rok po ich zamknięciu.</numerusform>
            <numerusform>Zamknięte sprawy należy usunąć %n lata po ich zamknięciu.</numerusform>
            <numerusform>Zamknięte sprawy należy usunąć %n lat po ich zamknięciu.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) past it today.</source>
        <translation>
            <numerusform>Dziś po terminie jest %n sprawa.</numerusform>
            <numerusform>Dziś po terminie są %n sprawy.</numerusform>
            <numerusform>Dziś po terminie jest %n spraw.</numerusform>
        </translation>
    </message>
    <message>
        <source>No case is past it today.</source>
        <translation>Dziś żadna sprawa nie jest po terminie.</translation>
    </message>
    <message>
        <source>Delete these cases</source>
        <translation>Usuń te sprawy</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n case(s) for good, with their letters and attachments? This can&apos;t be undone here. If they may be needed again, choose Cancel and keep a copy with Back up first… before deleting. The audit trail will keep that each case was deleted, not who it was about.</source>
        <translation>
            <numerusform>Usunąć na zawsze %n sprawę, z jej listami i załącznikami? Tutaj nie da się tego cofnąć. Jeśli może być jeszcze potrzebna, wybierz Anuluj i przed usunięciem zachowaj kopię przyciskiem „Najpierw zrób kopię zapasową…”. Rejestr zmian zapisze, że sprawę usunięto, ale nie kogo dotyczyła.</numerusform>
            <numerusform>Usunąć na zawsze %n sprawy, z ich listami i załącznikami? Tutaj nie da się tego cofnąć. Jeśli mogą być jeszcze potrzebne, wybierz Anuluj i przed usunięciem zachowaj kopię przyciskiem „Najpierw zrób kopię zapasową…”. Rejestr zmian zapisze, że każdą sprawę usunięto, ale nie kogo dotyczyła.</numerusform>
            <numerusform>Usunąć na zawsze %n spraw, z ich listami i załącznikami? Tutaj nie da się tego cofnąć. Jeśli mogą być jeszcze potrzebne, wybierz Anuluj i przed usunięciem zachowaj kopię przyciskiem „Najpierw zrób kopię zapasową…”. Rejestr zmian zapisze, że każdą sprawę usunięto, ale nie kogo dotyczyła.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n case(s) with their letters and attachments.</source>
        <translation>
            <numerusform>Usunięto %n sprawę z jej listami i załącznikami.</numerusform>
            <numerusform>Usunięto %n sprawy z ich listami i załącznikami.</numerusform>
            <numerusform>Usunięto %n spraw z ich listami i załącznikami.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) named in no other case deleted too.</source>
        <translation>
            <numerusform>Usunięto też %n osobę, która nie występuje w żadnej innej sprawie.</numerusform>
            <numerusform>Usunięto też %n osoby, które nie występują w żadnej innej sprawie.</numerusform>
            <numerusform>Usunięto też %n osób, które nie występują w żadnej innej sprawie.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copies stay in the vault&apos;s daily snapshots until newer ones replace them: after the vault has been opened on %n more day(s), so {day} at the earliest. Backup files saved elsewhere, and copies kept aside before a restore, keep them until you delete those files.</source>
        <translation>
            <numerusform>Kopie zostają w codziennych migawkach sejfu, dopóki nie zastąpią ich nowsze: po otwarciu sejfu przez %n kolejny dzień, czyli najwcześniej {day}. Pliki kopii zapasowych zapisane gdzie indziej i kopie odłożone przed przywróceniem zachowują je, dopóki nie usuniesz tych plików.</numerusform>
            <numerusform>Kopie zostają w codziennych migawkach sejfu, dopóki nie zastąpią ich nowsze: po otwarciu sejfu przez %n kolejne dni, czyli najwcześniej {day}. Pliki kopii zapasowych zapisane gdzie indziej i kopie odłożone przed przywróceniem zachowują je, dopóki nie usuniesz tych plików.</numerusform>
            <numerusform>Kopie zostają w codziennych migawkach sejfu, dopóki nie zastąpią ich nowsze: po otwarciu sejfu przez %n kolejnych dni, czyli najwcześniej {day}. Pliki kopii zapasowych zapisane gdzie indziej i kopie odłożone przed przywróceniem zachowują je, dopóki nie usuniesz tych plików.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RetentionSetting</name>
    <message>
        <source>Retention</source>
        <translation>Przechowywanie</translation>
    </message>
    <message>
        <source>never (no policy)</source>
        <translation>nigdy (bez zasad)</translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n rok</numerusform>
            <numerusform>%n lata</numerusform>
            <numerusform>%n lat</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete closed cases after this many years</source>
        <translation>Usuń zamknięte sprawy po tylu latach</translation>
    </message>
    <message>
        <source>&amp;Delete closed cases after</source>
        <translation>&amp;Usuń zamknięte sprawy po</translation>
    </message>
    <message>
        <source>Cases closed this long ago are listed under {where} for review. Nothing is deleted unasked.</source>
        <translation>Sprawy zamknięte tak dawno pojawiają się do przejrzenia w menu {where}. Nic nie zostanie usunięte bez pytania.</translation>
    </message>
    <message>
        <source>an adviser with the admin role</source>
        <translation>doradca z rolą administratora</translation>
    </message>
    <message>
        <source>Only an admin can change this: {who}.</source>
        <translation>Tylko administrator może to zmienić: {who}.</translation>
    </message>
</context>
<context>
    <name>SavedPeople</name>
    <message>
        <source> (born {date})</source>
        <translation> (ur. {date})</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Ustawienia</translation>
    </message>
    <message>
        <source>&amp;Lock after</source>
        <translation>&amp;Zablokuj po</translation>
    </message>
    <message>
        <source>Lock after this many minutes without use</source>
        <translation>Zablokuj po tylu minutach bez użycia</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minuta</numerusform>
            <numerusform>%n minuty</numerusform>
            <numerusform>%n minut</numerusform>
        </translation>
    </message>
    <message>
        <source>npdrights locks itself when you haven&apos;t used it for this long, and when the computer goes to sleep. You can always lock it yourself with Ctrl+L.</source>
        <translation>npdrights blokuje się sam, gdy nie korzystasz z niego przez ten czas, a także gdy komputer przechodzi w stan uśpienia. Zawsze możesz go zablokować sam, naciskając Ctrl+L.</translation>
    </message>
    <message>
        <source>&amp;Snapshots to keep</source>
        <translation>Ile &amp;migawek trzymać</translation>
    </message>
    <message>
        <source>Snapshots to keep</source>
        <translation>Ile migawek trzymać</translation>
    </message>
    <message>
        <source>npdrights keeps encrypted copies of your cases from the last few days on this computer, so it can go back to one if the file is damaged. More copies take more space. They don&apos;t replace a backup file kept somewhere else.</source>
        <translation>npdrights trzyma na tym komputerze zaszyfrowane kopie Twoich spraw z ostatnich kilku dni, by móc do nich wrócić, gdy plik się uszkodzi. Więcej kopii zajmuje więcej miejsca. Nie zastępują one kopii zapasowej trzymanej w innym miejscu.</translation>
    </message>
    <message>
        <source>&amp;Tell me when a next step opens (a system-tray message)</source>
        <translation>&amp;Powiadom o kolejnym kroku (komunikat systemowy)</translation>
    </message>
    <message>
        <source>Tell me when a next step opens</source>
        <translation>Powiadom o kolejnym kroku</translation>
    </message>
    <message>
        <source>While npdrights is open, a short message appears on the day you can send a reminder or complain. It never names anyone.</source>
        <translation>Gdy npdrights jest otwarty, w dniu, w którym możesz wysłać przypomnienie lub złożyć skargę, pojawi się krótki komunikat. Nigdy nie podaje on niczyich nazwisk.</translation>
    </message>
    <message>
        <source>&amp;Remember on this computer</source>
        <translation>&amp;Zapamiętaj na tym komputerze</translation>
    </message>
    <message>
        <source>Remember on this computer</source>
        <translation>Zapamiętaj na tym komputerze</translation>
    </message>
    <message>
        <source>Uses this computer&apos;s keychain so you don&apos;t have to type your passphrase while you are logged in. Only tick this if nobody else uses your login.</source>
        <translation>Korzysta z pęku kluczy tego komputera, więc nie musisz wpisywać hasła, dopóki jesteś zalogowany. Zaznacz to tylko wtedy, gdy nikt inny nie korzysta z Twojego konta.</translation>
    </message>
    <message>
        <source>This computer has no keychain that npdrights can use, so you will always type your passphrase.</source>
        <translation>Ten komputer nie ma pęku kluczy, z którego npdrights mógłby korzystać, więc zawsze będziesz wpisywać hasło.</translation>
    </message>
    <message>
        <source>This computer&apos;s language</source>
        <translation>Język tego komputera</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Język</translation>
    </message>
    <message>
        <source>Lan&amp;guage</source>
        <translation>&amp;Język</translation>
    </message>
    <message>
        <source>The language of npdrights&apos;s screens. Most screens change as soon as you save; a few, such as the case pages, change the next time you open npdrights. Letters to the DfE are always in English.</source>
        <translation>Język ekranów npdrights. Większość ekranów zmieni się od razu po zapisaniu; niektóre, na przykład strony spraw, zmienią się przy następnym otwarciu npdrights. Listy do DfE są zawsze po angielsku.</translation>
    </message>
</context>
<context>
    <name>StandardButtons</name>
    <message>
        <source>&amp;OK</source>
        <translation>&amp;OK</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Zapisz</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Anuluj</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Zamknij</translation>
    </message>
</context>
<context>
    <name>StartDialog</name>
    <message>
        <source>Find out what the DfE holds about my child or me</source>
        <translation>Sprawdź, co DfE wie o moim dziecku lub o mnie</translation>
    </message>
    <message>
        <source>npdrights writes a subject access request: a letter asking for a copy of the records and who has seen them. About 10 minutes. The DfE then has a month to answer.</source>
        <translation>npdrights pisze wniosek o dostęp do danych: list z prośbą o kopię dokumentacji i o informację, kto ją widział. Około 10 minut. DfE ma potem miesiąc na odpowiedź.</translation>
    </message>
    <message>
        <source>Stop my child&apos;s data going to companies and journalists</source>
        <translation>Nie chcę, by dane dziecka trafiały do firm i mediów</translation>
    </message>
    <message>
        <source>A letter objecting to the sharing, with your reasons, asking the DfE to hold back while it decides. About 10 minutes. The DfE has a month to answer.</source>
        <translation>List ze sprzeciwem wobec udostępniania, z Twoimi powodami, z prośbą, by DfE wstrzymał się do czasu decyzji. Około 10 minut. DfE ma miesiąc na odpowiedź.</translation>
    </message>
    <message>
        <source>Get wrong information corrected</source>
        <translation>Popraw błędne informacje</translation>
    </message>
    <message>
        <source>A letter listing what is wrong and what is right. About 5 minutes. The organisation has a month to answer.</source>
        <translation>List wymieniający, co jest błędne, a co prawidłowe. Około 5 minut. Organizacja ma miesiąc na odpowiedź.</translation>
    </message>
    <message>
        <source>Ask for data to be deleted</source>
        <translation>Poproś o usunięcie danych</translation>
    </message>
    <message>
        <source>A letter giving the reasons the law allows. It says honestly that the DfE may have to keep some data. About 5 minutes.</source>
        <translation>List podający powody, na które pozwala prawo. Uczciwie mówi, że DfE może musieć zachować część danych. Około 5 minut.</translation>
    </message>
    <message>
        <source>Ask for the use of data to be restricted</source>
        <translation>Poproś o ograniczenie wykorzystania danych</translation>
    </message>
    <message>
        <source>While a correction or an objection is settled, or instead of deletion: the data is kept but not used or shared. About 5 minutes. The organisation has a month to answer.</source>
        <translation>Na czas rozpatrywania sprostowania lub sprzeciwu albo zamiast usunięcia: dane są przechowywane, ale nie są wykorzystywane ani udostępniane. Około 5 minut. Organizacja ma miesiąc na odpowiedź.</translation>
    </message>
    <message>
        <source>I asked and got no answer, or a bad one</source>
        <translation>Brak odpowiedzi albo zła odpowiedź</translation>
    </message>
    <message>
        <source>A reminder, a complaint to the organisation, or a complaint to the ICO (the regulator), with the dates worked out for you. 2 to 10 minutes.</source>
        <translation>Przypomnienie, skarga do organizacji albo skarga do ICO (organu nadzorczego), z terminami wyliczonymi za Ciebie. Od 2 do 10 minut.</translation>
    </message>
    <message>
        <source>What do you want to do?</source>
        <translation>Co chcesz zrobić?</translation>
    </message>
    <message>
        <source>Choose one. npdrights asks a few questions, writes the letter, and tracks the case.</source>
        <translation>Wybierz jedno. npdrights zada kilka pytań, napisze list i będzie śledzić sprawę.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
</context>
<context>
    <name>Statistics</name>
    <message>
        <source>A school, council or trust</source>
        <translation>Szkoła, samorząd lub fundacja szkolna</translation>
    </message>
    <message>
        <source>Not sent yet</source>
        <translation>Jeszcze niewysłane</translation>
    </message>
    <message>
        <source>Waiting, not yet due</source>
        <translation>Oczekuje, termin jeszcze nie minął</translation>
    </message>
    <message>
        <source>Past its due date, no answer</source>
        <translation>Po terminie, bez odpowiedzi</translation>
    </message>
    <message>
        <source>Answered on time</source>
        <translation>Odpowiedź w terminie</translation>
    </message>
    <message>
        <source>Answered late</source>
        <translation>Odpowiedź po terminie</translation>
    </message>
    <message>
        <source>Deadline extended</source>
        <translation>Termin przedłużony</translation>
    </message>
    <message>
        <source>Not extended</source>
        <translation>Termin nieprzedłużony</translation>
    </message>
    <message>
        <source>Complained to the organisation</source>
        <translation>Skarga do organizacji</translation>
    </message>
    <message>
        <source>Answered after the complaint</source>
        <translation>Odpowiedź po skardze</translation>
    </message>
    <message>
        <source>Complained to the ICO</source>
        <translation>Skarga do ICO</translation>
    </message>
    <message>
        <source>ICO gave its outcome</source>
        <translation>ICO wydało rozstrzygnięcie</translation>
    </message>
    <message>
        <source>Asked the ICO for a review</source>
        <translation>Wniosek do ICO o ponowne rozpatrzenie</translation>
    </message>
    <message>
        <source>Requests by kind</source>
        <translation>Wnioski według rodzaju</translation>
    </message>
    <message>
        <source>Requests by recipient</source>
        <translation>Wnioski według adresata</translation>
    </message>
    <message>
        <source>Where requests stand</source>
        <translation>Na jakim etapie są wnioski</translation>
    </message>
    <message>
        <source>Answered on time, late or never (requests that were due)</source>
        <translation>Odpowiedź w terminie, po terminie lub wcale (wnioski, którym minął termin)</translation>
    </message>
    <message>
        <source>Deadlines extended (requests sent)</source>
        <translation>Przedłużone terminy (wysłane wnioski)</translation>
    </message>
    <message>
        <source>Complaints and what came of them</source>
        <translation>Skargi i ich skutki</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Wysłane</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Z odpowiedzią</translation>
    </message>
    <message>
        <source>Due, never answered</source>
        <translation>Po terminie, bez odpowiedzi</translation>
    </message>
</context>
<context>
    <name>StatisticsDialog</name>
    <message>
        <source>Working out the figures…</source>
        <translation>Obliczanie danych…</translation>
    </message>
    <message>
        <source>There are no cases in this vault yet. The figures appear here once you have sent letters.</source>
        <translation>W tym sejfie nie ma jeszcze spraw. Dane pojawią się tutaj, gdy wyślesz listy.</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Statystyki</translation>
    </message>
    <message>
        <source>The figures</source>
        <translation>Dane liczbowe</translation>
    </message>
    <message>
        <source>Figures about your cases</source>
        <translation>Dane liczbowe o Twoich sprawach</translation>
    </message>
    <message>
        <source>These figures name nobody: no names, pupil numbers or references, and schools and councils are counted together. Counts from 1 to 4 are shown as &apos;{fewer}&apos; so that nobody can be picked out; where only one part of a table would be hidden, another is hidden too, so it can&apos;t be worked out from the total.</source>
        <translation>Te dane nikogo nie wymieniają: nie ma w nich imion i nazwisk, numerów ucznia ani numerów referencyjnych, a szkoły i samorządy liczone są razem. Liczby od 1 do 4 są pokazywane jako „{fewer}”, aby nikogo nie dało się rozpoznać; gdy w tabeli byłaby ukryta tylko jedna część, ukrywana jest też inna, aby nie dało się jej wyliczyć z sumy.</translation>
    </message>
    <message>
        <source>Show small numbers &amp;exactly (on this screen only; saved files still hide them)</source>
        <translation>Pokaż małe liczby &amp;dokładnie (tylko na tym ekranie; zapisane pliki nadal je ukrywają)</translation>
    </message>
    <message>
        <source>Show small numbers exactly, on this screen only</source>
        <translation>Pokaż małe liczby dokładnie, tylko na tym ekranie</translation>
    </message>
    <message>
        <source>Answers by month</source>
        <translation>Odpowiedzi według miesięcy</translation>
    </message>
    <message>
        <source>Counts under {count} draw no bar while small numbers are hidden.</source>
        <translation>Gdy małe liczby są ukryte, liczby poniżej {count} nie mają słupka.</translation>
    </message>
    <message>
        <source>Save as &amp;CSV…</source>
        <translation>Zapisz jako &amp;CSV…</translation>
    </message>
    <message>
        <source>Save the figures as a CSV file</source>
        <translation>Zapisz dane jako plik CSV</translation>
    </message>
    <message>
        <source>Save a &amp;PDF report…</source>
        <translation>Zapisz raport &amp;PDF…</translation>
    </message>
    <message>
        <source>Save the figures as a PDF report</source>
        <translation>Zapisz dane jako raport PDF</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Zamknij</translation>
    </message>
    <message>
        <source>The figures could not be worked out.</source>
        <translation>Nie udało się obliczyć danych.</translation>
    </message>
    <message>
        <source>fewer than {count}</source>
        <translation>mniej niż {count}</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n dnia</numerusform>
            <numerusform>%n dni</numerusform>
            <numerusform>%n dni</numerusform>
        </translation>
    </message>
    <message>
        <source>From {count} cases, on {day}.</source>
        <translation>Z liczby spraw: {count}, stan na {day}.</translation>
    </message>
    <message numerus="yes">
        <source>From %n case(s), on {day}.</source>
        <translation>
            <numerusform>Z %n sprawy, stan na {day}.</numerusform>
            <numerusform>Z %n spraw, stan na {day}.</numerusform>
            <numerusform>Z %n spraw, stan na {day}.</numerusform>
        </translation>
    </message>
    <message>
        <source>{count} more are left out until their dates are checked.</source>
        <translation>Jeszcze {count} pominięto, dopóki ich daty nie zostaną sprawdzone.</translation>
    </message>
    <message numerus="yes">
        <source>%n more left out until their dates are checked.</source>
        <translation>
            <numerusform>Jeszcze %n sprawę pominięto, dopóki jej daty nie zostaną sprawdzone.</numerusform>
            <numerusform>Jeszcze %n sprawy pominięto, dopóki ich daty nie zostaną sprawdzone.</numerusform>
            <numerusform>Jeszcze %n spraw pominięto, dopóki ich daty nie zostaną sprawdzone.</numerusform>
        </translation>
    </message>
    <message>
        <source>How long answers took: not enough answers to say ({count} so far).</source>
        <translation>Ile trwały odpowiedzi: za mało odpowiedzi, by to ocenić (na razie: {count}).</translation>
    </message>
    <message>
        <source>Half the answers came within {median} of the request arriving. The middle half took between {lower} and {upper}.</source>
        <translation>Połowa odpowiedzi przyszła w ciągu {median} od dotarcia wniosku. Środkowa połowa trwała od {lower} do {upper}.</translation>
    </message>
    <message>
        <source>Answers by month, {first} to {last}</source>
        <translation>Odpowiedzi według miesięcy: {first} – {last}</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Liczba</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Udział</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Miesiąc</translation>
    </message>
    <message>
        <source>By month</source>
        <translation>Według miesięcy</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Razem</translation>
    </message>
    <message>
        <source>The file could not be saved there ({reason}). Choose another folder.</source>
        <translation>Nie udało się zapisać tam pliku ({reason}). Wybierz inny folder.</translation>
    </message>
    <message>
        <source>Could not save</source>
        <translation>Nie udało się zapisać</translation>
    </message>
    <message>
        <source>Saved the figures as {name}.</source>
        <translation>Zapisano dane jako {name}.</translation>
    </message>
    <message>
        <source>CSV files</source>
        <translation>Pliki CSV</translation>
    </message>
    <message>
        <source>Save the figures</source>
        <translation>Zapisz dane</translation>
    </message>
    <message>
        <source>Saved the report as {name}.</source>
        <translation>Zapisano raport jako {name}.</translation>
    </message>
</context>
<context>
    <name>ToolFrame</name>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Zamknij</translation>
    </message>
</context>
<context>
    <name>UnlockView</name>
    <message>
        <source>Unlock your vault</source>
        <translation>Odblokuj swój sejf</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Imię i nazwisko</translation>
    </message>
    <message>
        <source>Your &amp;name</source>
        <translation>&amp;Imię i nazwisko</translation>
    </message>
    <message>
        <source>Go back to the latest &amp;snapshot</source>
        <translation>Wróć do ostatniej &amp;migawki</translation>
    </message>
    <message>
        <source>Go back to the latest snapshot</source>
        <translation>Wróć do ostatniej migawki</translation>
    </message>
    <message>
        <source>Unlocking</source>
        <translation>Odblokowywanie</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>Odblokowywanie…</translation>
    </message>
    <message>
        <source>Type your passphrase to open your cases.</source>
        <translation>Wpisz hasło, aby otworzyć swoje sprawy.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Hasło</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>&amp;Hasło</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Odblokuj</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Odblokuj</translation>
    </message>
    <message>
        <source>I&apos;ve &amp;forgotten my passphrase</source>
        <translation>&amp;Nie pamiętam hasła</translation>
    </message>
    <message>
        <source>I&apos;ve forgotten my passphrase</source>
        <translation>Nie pamiętam hasła</translation>
    </message>
    <message>
        <source>Type the recovery code you printed or wrote down when you made the vault. Spaces, dashes and capital letters don&apos;t matter. Then choose a new passphrase.</source>
        <translation>Wpisz kod odzyskiwania wydrukowany lub zapisany przy tworzeniu sejfu. Spacje, myślniki i wielkość liter nie mają znaczenia. Potem wybierz nowe hasło.</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Kod odzyskiwania</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Nowe hasło</translation>
    </message>
    <message>
        <source>New passphrase again</source>
        <translation>Nowe hasło ponownie</translation>
    </message>
    <message>
        <source>Recovery &amp;code</source>
        <translation>&amp;Kod odzyskiwania</translation>
    </message>
    <message>
        <source>&amp;New passphrase</source>
        <translation>&amp;Nowe hasło</translation>
    </message>
    <message>
        <source>Type it &amp;again</source>
        <translation>Wpisz je &amp;ponownie</translation>
    </message>
    <message>
        <source>Unlock and &amp;set new passphrase</source>
        <translation>Odblokuj i &amp;ustaw nowe hasło</translation>
    </message>
    <message>
        <source>Unlock and set new passphrase</source>
        <translation>Odblokuj i ustaw nowe hasło</translation>
    </message>
    <message>
        <source>&amp;Back to passphrase</source>
        <translation>&amp;Wróć do hasła</translation>
    </message>
    <message>
        <source>Back to passphrase</source>
        <translation>Wróć do hasła</translation>
    </message>
    <message>
        <source>Type your name and your own passphrase to open the organisation&apos;s cases.</source>
        <translation>Wpisz swoje imię i nazwisko oraz własne hasło, aby otworzyć sprawy organizacji.</translation>
    </message>
    <message>
        <source>Your name: type the name of the adviser whose passphrase is to be set.</source>
        <translation>Imię i nazwisko: wpisz dane doradcy, którego hasło ma zostać ustawione.</translation>
    </message>
    <message>
        <source>Recovery code: type the code from your printed copy.</source>
        <translation>Kod odzyskiwania: wpisz kod ze swojej wydrukowanej kopii.</translation>
    </message>
    <message>
        <source>New passphrase: use at least {count} characters.</source>
        <translation>Nowe hasło: użyj co najmniej {count} znaków.</translation>
    </message>
    <message>
        <source>Type it again: the two new passphrases are different.</source>
        <translation>Wpisz je ponownie: oba nowe hasła się różnią.</translation>
    </message>
    <message>
        <source>Your name: type it as your organisation&apos;s admin added you.</source>
        <translation>Imię i nazwisko: wpisz je tak, jak dodał je administrator Twojej organizacji.</translation>
    </message>
</context>
<context>
    <name>VaultError</name>
    <message>
        <source>Only an adviser with the admin role can set the retention policy.</source>
        <translation>Tylko doradca z rolą administratora może ustalić zasady przechowywania.</translation>
    </message>
    <message>
        <source>Only an adviser with the admin role can delete cases under the retention policy.</source>
        <translation>Tylko doradca z rolą administratora może usuwać sprawy zgodnie z zasadami przechowywania.</translation>
    </message>
    <message>
        <source>Some of those cases are not past the retention policy (they may have been reopened meanwhile). Nothing was deleted. Review the list again.</source>
        <translation>Niektóre z tych spraw nie przekroczyły jeszcze okresu przechowywania (mogły zostać w międzyczasie ponownie otwarte). Nic nie usunięto. Przejrzyj listę jeszcze raz.</translation>
    </message>
    <message>
        <source>This vault already has advisers. Add more from the Advisers screen.</source>
        <translation>Ten sejf ma już doradców. Kolejnych dodasz na ekranie Doradcy.</translation>
    </message>
    <message>
        <source>There is already an adviser called {name}. Choose another name.</source>
        <translation>Jest już doradca o nazwie {name}. Wybierz inną nazwę.</translation>
    </message>
    <message>
        <source>{name} is the only adviser with the admin role, so they can&apos;t be removed. Give someone else the admin role first.</source>
        <translation>{name} to jedyny doradca z rolą administratora, więc nie można go usunąć. Najpierw nadaj rolę administratora komuś innemu.</translation>
    </message>
    <message>
        <source>You can&apos;t remove yourself. Ask another adviser with the admin role to do it.</source>
        <translation>Nie możesz usunąć samego siebie. Poproś o to innego doradcę z rolą administratora.</translation>
    </message>
    <message>
        <source>There is no adviser called {name} in this vault.</source>
        <translation>W tym sejfie nie ma doradcy o nazwie {name}.</translation>
    </message>
    <message>
        <source>This vault has no advisers yet. Start with the first one (who will be an admin).</source>
        <translation>Ten sejf nie ma jeszcze doradców. Zacznij od pierwszego (zostanie administratorem).</translation>
    </message>
    <message>
        <source>Only an adviser with the admin role can add or remove advisers.</source>
        <translation>Tylko doradca z rolą administratora może dodawać lub usuwać doradców.</translation>
    </message>
    <message>
        <source>An entry of the audit trail is not in the form npdrights writes. It has been changed.</source>
        <translation>Jeden z wpisów rejestru zmian nie ma postaci, w jakiej zapisuje go npdrights. Ktoś go zmienił.</translation>
    </message>
    <message>
        <source>The audit trail could not be read ({error}).</source>
        <translation>Nie udało się odczytać rejestru zmian ({error}).</translation>
    </message>
    <message>
        <source>Something went wrong with your vault.</source>
        <translation>Coś poszło nie tak z Twoim sejfem.</translation>
    </message>
    <message>
        <source>That passphrase doesn&apos;t open this vault. Check Caps Lock and try again. If you have forgotten it, use your recovery code instead.</source>
        <translation>To hasło nie otwiera tego sejfu. Sprawdź, czy nie jest włączony Caps Lock, i spróbuj ponownie. Jeśli zapomniałeś hasła, użyj kodu odzyskiwania.</translation>
    </message>
    <message>
        <source>That recovery code doesn&apos;t open this vault. Check each group of four characters against your printed copy and try again.</source>
        <translation>Ten kod odzyskiwania nie otwiera tego sejfu. Porównaj każdą grupę czterech znaków z wydrukowaną kopią i spróbuj ponownie.</translation>
    </message>
    <message>
        <source>That recovery code has a typing mistake in it: its built-in check doesn&apos;t add up. Compare each group of four characters with your printed copy.</source>
        <translation>W tym kodzie odzyskiwania jest literówka: jego wbudowana kontrola się nie zgadza. Porównaj każdą grupę czterech znaków z wydrukowaną kopią.</translation>
    </message>
    <message>
        <source>That name and passphrase don&apos;t open this vault. Check the spelling of your name and Caps Lock, then try again. If you have forgotten your passphrase, ask an adviser with the admin role to set a new one.</source>
        <translation>Ta nazwa i hasło nie otwierają tego sejfu. Sprawdź pisownię swojej nazwy i Caps Lock, a potem spróbuj ponownie. Jeśli zapomniałeś hasła, poproś doradcę z rolą administratora o ustawienie nowego.</translation>
    </message>
    <message>
        <source>There is no vault in this folder yet. Create one first.</source>
        <translation>W tym folderze nie ma jeszcze sejfu. Najpierw go utwórz.</translation>
    </message>
    <message>
        <source>A vault already exists in this folder. Unlock it instead of creating a new one.</source>
        <translation>W tym folderze jest już sejf. Odblokuj go, zamiast tworzyć nowy.</translation>
    </message>
    <message>
        <source>The vault is open in another window or program that is busy with it. Wait a moment and try again, or close the other window first. Nothing has been changed.</source>
        <translation>Sejf jest otwarty w innym oknie lub programie, który właśnie z niego korzysta. Poczekaj chwilę i spróbuj ponownie albo najpierw zamknij to drugie okno. Nic nie zostało zmienione.</translation>
    </message>
    <message>
        <source>There is a folder, or something else that is not a file, where npdrights keeps one of its files in its data folder. Move it out of the way (or put the file back), then try again. Nothing has been changed.</source>
        <translation>W folderze danych npdrights, w miejscu jednego z jego plików, jest folder albo coś innego, co nie jest plikiem. Przenieś to w inne miejsce (albo przywróć plik), a potem spróbuj ponownie. Nic nie zostało zmienione.</translation>
    </message>
    <message>
        <source>There is a folder, or something else that is not a file, where npdrights keeps {name} in its data folder. Move it out of the way (or put the file back), then try again. Nothing has been changed.</source>
        <translation>W folderze danych npdrights, w miejscu pliku {name}, jest folder albo coś innego, co nie jest plikiem. Przenieś to w inne miejsce (albo przywróć plik), a potem spróbuj ponownie. Nic nie zostało zmienione.</translation>
    </message>
    <message>
        <source>The file that holds your vault&apos;s keys (vault.json) is damaged and its spare copy is damaged too. Your cases cannot be opened without it. Restore the folder from a backup, or restore a backup file.</source>
        <translation>Plik z kluczami Twojego sejfu (vault.json) jest uszkodzony, a jego zapasowa kopia też. Bez niego nie da się otworzyć Twoich spraw. Przywróć folder z kopii zapasowej albo przywróć plik kopii zapasowej.</translation>
    </message>
    <message>
        <source>The file that holds your vault&apos;s keys (vault.json) is missing, and so is its spare copy, and no copy of it is kept with the snapshots. Your cases cannot be opened without it. Restore the folder from a copy, or restore a backup file. Nothing has been changed.</source>
        <translation>Brakuje pliku z kluczami Twojego sejfu (vault.json) i jego zapasowej kopii, a przy migawkach też nie ma jego kopii. Bez niego nie da się otworzyć Twoich spraw. Przywróć folder z kopii albo przywróć plik kopii zapasowej. Nic nie zostało zmienione.</translation>
    </message>
    <message>
        <source>The file that holds your vault&apos;s keys (vault.json) is missing, and so is its spare copy. A copy was kept with the snapshot taken on {when}: put it back, then unlock with the passphrase or recovery code you had then. Nothing has been changed yet.</source>
        <translation>Brakuje pliku z kluczami Twojego sejfu (vault.json) i jego zapasowej kopii. Kopię zachowano przy migawce z {when}: przywróć ją, a potem odblokuj sejf hasłem lub kodem odzyskiwania, które miałeś wtedy. Na razie nic nie zostało zmienione.</translation>
    </message>
    <message>
        <source>Your passphrase is right, but the file that holds your vault&apos;s keys (vault.json) has been changed by something other than npdrights: its check doesn&apos;t match. It was not used, and nothing has been changed. Put back a copy of the whole folder from before, or restore a backup file.</source>
        <translation>Hasło jest poprawne, ale plik z kluczami Twojego sejfu (vault.json) zmieniło coś innego niż npdrights: jego kontrola się nie zgadza. Nie został użyty i nic nie zostało zmienione. Przywróć wcześniejszą kopię całego folderu albo przywróć plik kopii zapasowej.</translation>
    </message>
    <message>
        <source>Your passphrase is right, but the cases file (cases.db) is missing and there is no snapshot to go back to. Nothing has been changed. Restore a backup file if you have one.</source>
        <translation>Hasło jest poprawne, ale brakuje pliku spraw (cases.db) i nie ma migawki, do której można wrócić. Nic nie zostało zmienione. Przywróć plik kopii zapasowej, jeśli go masz.</translation>
    </message>
    <message>
        <source>Your passphrase is right, but the cases file (cases.db) is damaged and there is no snapshot to go back to. Nothing has been changed. Restore a backup file if you have one.</source>
        <translation>Hasło jest poprawne, ale plik spraw (cases.db) jest uszkodzony i nie ma migawki, do której można wrócić. Nic nie zostało zmienione. Przywróć plik kopii zapasowej, jeśli go masz.</translation>
    </message>
    <message>
        <source>Your passphrase is right, but the cases file (cases.db) is missing. Nothing has been changed. You can go back to the latest snapshot, taken on {when}; anything added after that is lost.</source>
        <translation>Hasło jest poprawne, ale brakuje pliku spraw (cases.db). Nic nie zostało zmienione. Możesz wrócić do najnowszej migawki z {when}; wszystko, co dodano później, przepadnie.</translation>
    </message>
    <message>
        <source>Your passphrase is right, but the cases file (cases.db) is damaged. Nothing has been changed. You can go back to the latest snapshot, taken on {when}; anything added after that is lost.</source>
        <translation>Hasło jest poprawne, ale plik spraw (cases.db) jest uszkodzony. Nic nie zostało zmienione. Możesz wrócić do najnowszej migawki z {when}; wszystko, co dodano później, przepadnie.</translation>
    </message>
    <message>
        <source>This vault was made by a newer version of npdrights. Install the newest version to open it. Nothing has been changed.</source>
        <translation>Ten sejf utworzyła nowsza wersja npdrights. Aby go otworzyć, zainstaluj najnowszą wersję. Nic nie zostało zmienione.</translation>
    </message>
    <message>
        <source>This computer&apos;s keychain isn&apos;t available or is locked, so the vault can&apos;t be opened automatically. Type your passphrase instead.</source>
        <translation>Pęk kluczy tego komputera jest niedostępny albo zablokowany, więc sejfu nie da się otworzyć automatycznie. Zamiast tego wpisz hasło.</translation>
    </message>
    <message>
        <source>Choose a passphrase of at least 10 characters.</source>
        <translation>Wybierz hasło, które ma co najmniej 10 znaków.</translation>
    </message>
    <message>
        <source>Your passphrase is right, but the cases file (cases.db) is older than the last time you opened this vault. It looks like an old copy of the whole npdrights data folder was put back, for example from a copy made earlier. Anything added or changed since that copy was made is not in it. You can carry on with this older copy, go back to a snapshot, or restore a backup file. Nothing has been changed yet.</source>
        <translation>Hasło jest poprawne, ale plik spraw (cases.db) jest starszy niż przy ostatnim otwarciu tego sejfu. Wygląda na to, że przywrócono starą kopię całego folderu danych npdrights, na przykład z kopii zrobionej wcześniej. Nie ma w nim niczego, co dodano lub zmieniono po zrobieniu tej kopii. Możesz pracować dalej na tej starszej kopii, wrócić do migawki albo przywrócić plik kopii zapasowej. Na razie nic nie zostało zmienione.</translation>
    </message>
    <message>
        <source>Your passphrase is right, but the cases file (cases.db) is older than the last time you opened this vault. It looks like an old copy of cases.db was put back, for example from a copy of the folder. Anything added or changed since that copy was made is not in it. You can carry on with this older copy, go back to a snapshot, or restore a backup file. Nothing has been changed yet.</source>
        <translation>Hasło jest poprawne, ale plik spraw (cases.db) jest starszy niż przy ostatnim otwarciu tego sejfu. Wygląda na to, że przywrócono starą kopię pliku cases.db, na przykład z kopii folderu. Nie ma w nim niczego, co dodano lub zmieniono po zrobieniu tej kopii. Możesz pracować dalej na tej starszej kopii, wrócić do migawki albo przywrócić plik kopii zapasowej. Na razie nic nie zostało zmienione.</translation>
    </message>
    <message>
        <source>Stopped. Nothing was changed.</source>
        <translation>Zatrzymano. Nic nie zostało zmienione.</translation>
    </message>
    <message>
        <source>That attachment could not be read.</source>
        <translation>Nie udało się odczytać tego załącznika.</translation>
    </message>
    <message>
        <source>That file is too large to attach: the limit is {megabytes} MB a file. Scan at a lower resolution, or split a long document into parts, and attach those.</source>
        <translation>Ten plik jest za duży, by go załączyć: limit to {megabytes} MB na plik. Zeskanuj go w niższej rozdzielczości albo podziel długi dokument na części i załącz je.</translation>
    </message>
    <message>
        <source>The file for this attachment is missing from the vault folder. If you have a backup file, restore it to get the attachment back.</source>
        <translation>W folderze sejfu brakuje pliku tego załącznika. Jeśli masz plik kopii zapasowej, przywróć go, aby odzyskać załącznik.</translation>
    </message>
    <message>
        <source>The file for this attachment is damaged or has been changed, so it was not shown. If you have a backup file, restore it to get the attachment back.</source>
        <translation>Plik tego załącznika jest uszkodzony albo został zmieniony, więc go nie pokazano. Jeśli masz plik kopii zapasowej, przywróć go, aby odzyskać załącznik.</translation>
    </message>
    <message>
        <source>That backup file could not be used. Nothing in your vault has been changed.</source>
        <translation>Nie udało się użyć tego pliku kopii zapasowej. Nic w Twoim sejfie nie zostało zmienione.</translation>
    </message>
    <message>
        <source>That file is not an npdrights backup: it doesn&apos;t start the way a backup file does. Choose the file you saved with “Back up to a file…” (its name ends in .npdbackup).</source>
        <translation>To nie jest kopia zapasowa npdrights: plik nie zaczyna się tak, jak plik kopii zapasowej. Wybierz plik zapisany poleceniem „Zrób kopię zapasową do pliku…” (jego nazwa kończy się na .npdbackup).</translation>
    </message>
    <message>
        <source>That backup was made by a newer version of npdrights. Install the newest version to read it. Nothing in your vault has been changed.</source>
        <translation>Tę kopię zapasową zrobiła nowsza wersja npdrights. Aby ją odczytać, zainstaluj najnowszą wersję. Nic w Twoim sejfie nie zostało zmienione.</translation>
    </message>
    <message>
        <source>That passphrase doesn&apos;t open this backup file, or the start of the file is damaged. Type the passphrase you chose when you made the backup (it may differ from your vault passphrase).</source>
        <translation>To hasło nie otwiera tego pliku kopii zapasowej albo początek pliku jest uszkodzony. Wpisz hasło wybrane przy tworzeniu kopii (może się różnić od hasła do sejfu).</translation>
    </message>
    <message>
        <source>This backup file is damaged, cut short or has been changed, so none of it was used. Nothing in your vault has been changed. Try another copy of the backup.</source>
        <translation>Ten plik kopii zapasowej jest uszkodzony, ucięty albo zmieniony, więc nie użyto z niego niczego. Nic w Twoim sejfie nie zostało zmienione. Spróbuj innej kopii.</translation>
    </message>
    <message>
        <source>This backup file opened, but what is inside is not valid ({detail}), so none of it was used. Nothing in your vault has been changed.</source>
        <translation>Ten plik kopii zapasowej się otworzył, ale jego zawartość jest nieprawidłowa ({detail}), więc nie użyto z niego niczego. Nic w Twoim sejfie nie zostało zmienione.</translation>
    </message>
    <message>
        <source>Could not {action}: {reason}. Check the disk has space and the file is where you left it, then try again. Nothing in your vault has been changed.</source>
        <translation>Nie udało się wykonać: {action} ({reason}). Sprawdź, czy na dysku jest miejsce i czy plik jest tam, gdzie go zostawiłeś, a potem spróbuj ponownie. Nic w Twoim sejfie nie zostało zmienione.</translation>
    </message>
    <message>
        <source>Your disk is full, so npdrights could not save. Nothing you had saved before has been lost. Free some space (empty the recycle bin, or move large files such as videos elsewhere), then try again.</source>
        <translation>Dysk jest pełny, więc npdrights nie mógł zapisać. Nic z tego, co zapisałeś wcześniej, nie przepadło. Zwolnij trochę miejsca (opróżnij kosz albo przenieś gdzie indziej duże pliki, na przykład filmy), a potem spróbuj ponownie.</translation>
    </message>
    <message>
        <source>The disk or folder npdrights uses would not let it read or write ({reason}). Nothing you had saved before has been lost. Check the disk is connected and not read-only, then try again.</source>
        <translation>Dysk lub folder, z którego korzysta npdrights, nie pozwolił na odczyt ani zapis ({reason}). Nic z tego, co zapisałeś wcześniej, nie przepadło. Sprawdź, czy dysk jest podłączony i nie jest tylko do odczytu, a potem spróbuj ponownie.</translation>
    </message>
    <message>
        <source>An adviser&apos;s name must be between 1 and {most} letters, without control characters.</source>
        <translation>Nazwa doradcy musi mieć od 1 do {most} znaków, bez znaków sterujących.</translation>
    </message>
    <message>
        <source>Your vault&apos;s key file (vault.json) could not be saved correctly: what is on the disk is not what was written. Check the disk for errors and that it has space, then try again.</source>
        <translation>Nie udało się poprawnie zapisać pliku kluczy Twojego sejfu (vault.json): to, co jest na dysku, różni się od tego, co zapisano. Sprawdź dysk pod kątem błędów i wolnego miejsca, a potem spróbuj ponownie.</translation>
    </message>
    <message>
        <source>Wait a second and try again: a copy was kept aside a moment ago.</source>
        <translation>Poczekaj chwilę i spróbuj ponownie: przed momentem odłożono kopię.</translation>
    </message>
</context>
<context>
    <name>WhatNextDialog</name>
    <message>
        <source>What happens next</source>
        <translation>Co dalej</translation>
    </message>
    <message>
        <source>Your case is saved. Now:</source>
        <translation>Twoja sprawa jest zapisana. Teraz:</translation>
    </message>
    <message>
        <source>What to do now, step by step</source>
        <translation>Co zrobić teraz, krok po kroku</translation>
    </message>
    <message>
        <source>You can read how npdrights works at any time: Help, then How this works.</source>
        <translation>W każdej chwili możesz przeczytać, jak działa npdrights: Pomoc, a potem Jak to działa.</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Zamknij</translation>
    </message>
</context>
<context>
    <name>WhoAskingPage</name>
    <message>
        <source>Who is asking?</source>
        <translation>Kto pyta?</translation>
    </message>
    <message>
        <source>The letter is written in your words and signed by you, so the organisation knows who is asking and where to send the answer. A parent or adviser also needs to say how they are connected to the child.</source>
        <translation>List jest napisany Twoimi słowami i podpisany przez Ciebie, więc organizacja wie, kto pyta i dokąd wysłać odpowiedź. Rodzic lub doradca musi też napisać, jaki ma związek z dzieckiem.</translation>
    </message>
    <message>
        <source>I&apos;m asking about &amp;myself</source>
        <translation>Pytam o &amp;siebie</translation>
    </message>
    <message>
        <source>You went to school in England, and want your own records.</source>
        <translation>Chodzi o Twoje własne dane ze szkoły w Anglii.</translation>
    </message>
    <message>
        <source>I&apos;m a &amp;parent or carer</source>
        <translation>Jestem &amp;rodzicem lub opiekunem</translation>
    </message>
    <message>
        <source>You&apos;re asking for your child, or for several children.</source>
        <translation>Pytasz w imieniu swojego dziecka albo kilkorga dzieci.</translation>
    </message>
    <message>
        <source>I&apos;m an ad&amp;viser helping a family</source>
        <translation>Jestem &amp;doradcą pomagającym rodzinie</translation>
    </message>
    <message>
        <source>You work for a charity or service, with a signed authority.</source>
        <translation>Pracujesz w organizacji charytatywnej lub służbie i masz podpisane upoważnienie.</translation>
    </message>
    <message>
        <source>Who is asking</source>
        <translation>Kto pyta</translation>
    </message>
    <message>
        <source>I&apos;m the child&apos;s carer, not their paren&amp;t</source>
        <translation>Jestem opiekunem dziecka, nie jego rodzice&amp;m</translation>
    </message>
    <message>
        <source>Saved &amp;details</source>
        <translation>&amp;Zapisane dane</translation>
    </message>
    <message>
        <source>&amp;Use these details</source>
        <translation>&amp;Użyj tych danych</translation>
    </message>
    <message>
        <source>Your full name</source>
        <translation>Twoje imię i nazwisko</translation>
    </message>
    <message>
        <source>Your address</source>
        <translation>Twój adres</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Kod pocztowy</translation>
    </message>
    <message>
        <source>Your email address (optional)</source>
        <translation>Twój adres e-mail (opcjonalnie)</translation>
    </message>
    <message>
        <source>Your phone number (optional)</source>
        <translation>Twój numer telefonu (opcjonalnie)</translation>
    </message>
    <message>
        <source>Your organisation</source>
        <translation>Twoja organizacja</translation>
    </message>
    <message>
        <source>Your &amp;full name</source>
        <translation>&amp;Imię i nazwisko</translation>
    </message>
    <message>
        <source>Your &amp;address</source>
        <translation>&amp;Adres</translation>
    </message>
    <message>
        <source>One line for each part, without the postcode.</source>
        <translation>Każda część w osobnym wierszu, bez kodu pocztowego.</translation>
    </message>
    <message>
        <source>Post&amp;code</source>
        <translation>&amp;Kod pocztowy</translation>
    </message>
    <message>
        <source>&amp;Email (optional)</source>
        <translation>&amp;E-mail (opcjonalnie)</translation>
    </message>
    <message>
        <source>Only if you want the answer by email.</source>
        <translation>Tylko jeśli chcesz dostać odpowiedź e-mailem.</translation>
    </message>
    <message>
        <source>P&amp;hone (optional)</source>
        <translation>&amp;Telefon (opcjonalnie)</translation>
    </message>
    <message>
        <source>Your &amp;organisation</source>
        <translation>&amp;Organizacja</translation>
    </message>
    <message>
        <source>The charity or service.</source>
        <translation>Organizacja charytatywna lub służba.</translation>
    </message>
</context>
</TS>
