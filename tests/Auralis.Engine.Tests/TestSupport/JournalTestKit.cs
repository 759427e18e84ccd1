using Akka.TestKit.Xunit2;
using Auralis.Engine.Persistence;

namespace Auralis.Engine.Tests.TestSupport;

/// <summary>
/// A test kit whose actor system journals to a SQLite file in a fresh folder. The folder is removed only after the
/// system has terminated: removing it while a journal or snapshot write is still under way fails the test at random.
/// </summary>
public abstract class JournalTestKit : TestKit
{
    protected JournalTestKit(string systemName)
        : this(new JournalFolder(), systemName)
    {
    }

    private JournalTestKit(JournalFolder folder, string systemName)
        : base(EngineSetup.SystemSetup(folder.Target, "akka.loglevel = WARNING"), systemName) => Folder = folder;

    protected JournalFolder Folder { get; }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            Folder.Dispose();
        }
    }
}
