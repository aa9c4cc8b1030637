using Seedream;
using Seedream.Models;

namespace OwnTablesLib
{
    /// <summary>The library's requests and its catalog, both from the library's own seedream-6.0 table.</summary>
    public static class LibraryRequests
    {
        private static readonly SeedreamModelCatalog Catalog = SeedreamModelCatalog.Create(SeedreamProjectModels.Tables);

        /// <summary>A 7:3 request built by the library's generated builder.</summary>
        public static SeedreamRequest Panorama(string prompt) => Seedream60.Generate(prompt).Size(Seedream60Size.Ratio7x3).Build();

        /// <summary>Checks a request as a client with the library's tables does.</summary>
        public static SeedreamRequest Validate(SeedreamRequest request) => Catalog.Validate(request);
    }
}
