namespace Reminders.Worker.Cli;

/// <summary>The ✔/✘ lines <c>reminders check-config</c> prints.</summary>
internal sealed class Checklist(TextWriter output)
{
    public void Pass(string text) => output.WriteLine($"✔ {text}");

    public void Fail(string text) => output.WriteLine($"✘ {text}");

    public void Warn(string text) => output.WriteLine($"⚠ {text}");

    public void Line(string text) => output.WriteLine(text);
}
