using Platform.Host.Access;

namespace Platform.Host.Api;

internal static class ApiResults
{
    public static async Task<Upload?> ReadAsync(IFormFile? file, CancellationToken cancellationToken)
    {
        if (file is null)
        {
            return null;
        }

        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer, cancellationToken);
        return new Upload(file.FileName, buffer.ToArray());
    }
}
