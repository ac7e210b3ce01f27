// @ts-check
/** @type {import('next').NextConfig} */
const nextConfig = {
  // Separate build folders let several dev servers (or a test build) share one checkout.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  poweredByHeader: false,
  reactStrictMode: true,
  // amqplib is a Node library with optional native-ish deps; keep it out of the bundle.
  serverExternalPackages: ['amqplib'],
  async headers() {
    return [
      {
        source: '/:path*',
        headers: [
          { key: 'X-Content-Type-Options', value: 'nosniff' },
          // Legacy twin of the CSP's frame-ancestors 'none' (proxy.ts) for old browsers.
          { key: 'X-Frame-Options', value: 'DENY' },
          { key: 'Referrer-Policy', value: 'same-origin' },
          // A dashboard needs none of these; a compromised dependency cannot ask for them either.
          {
            key: 'Permissions-Policy',
            value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), serial=(), bluetooth=(), hid=(), midi=(), interest-cohort=()',
          },
          { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
        ],
      },
    ];
  },
};

module.exports = nextConfig;
