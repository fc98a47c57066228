"""b21-014: medicaid, Glassia J0257 JZ (whole vials). Styles (5) calendar grid with a visit box +
transcribed patient passport, (6) Medicaid 835 remittance text. Complete."""

CHART_ID = "b21-014"
DOS = "2026-02-10"
PAYER = {"profile": "medicaid", "name": "Keystone Family Medicaid (PA HealthChoices MCO)"}
PRIOR_AUTH = "2026-MA-0031875"
CLAIM_LINES = [
    {"hcpcs": "J0257", "units": 503, "modifiers": ["JZ"]},
    {"hcpcs": "96365", "units": 1, "modifiers": []},
]
STYLES = [5, 6]

D1 = """
ALLEGHENY VALLEY PULMONARY ASSOCIATES - OFFICE NOTE
Pt: BRANDT, Kurt W.   DOB 10/03/1966   DOS 01/27/2026   Provider: Teresa Lo, DO

CC: AATD follow-up, weekly Glassia.
HPI: 59 y/o man with alpha-1 antitrypsin deficiency, genotype Z/Mprocida (SERPINA1
sequencing, Invitae 2021; Z = p.Glu366Lys, Mprocida = p.Leu65Pro), serum AAT 14 mg/dL
at diagnosis (nephelometry). Centrilobular and panlobular emphysema on CT; COPD
GOLD 2. Never smoked. Weekly Glassia since 11/2021, Tuesdays.
Since augmentation: no hospital admissions, one outpatient exacerbation in 2025 (prior
to therapy 3-4/yr). Works full time as a machinst. Walks 2 miles on weekends.

Meds: Breztri 2 puffs BID, albuterol PRN, atorvastatin 20 mg.
Exam: Wt 86.4 kg. SpO2 95 % RA. Mildly decreased BS at the bases, no wheeze.
PFT 01/2026: FEV1 2.05 L (55 % pred), FEV1/FVC 0.52. DLCO 61 %.

A/P:
1. AATD Z/Mprocida with emphysema - stable on augmentation, FEV1 unchanged over 2 yr
   (56 -> 55 %), exacerbations down. Continue Glassia 60 mg/kg IV weekly.
2. Medicaid PA renewed: 2026-MA-0031875 (02/01/2026 - 01/31/2027).
3. Sister (62): PI*MZ, AAT 88 mg/dL. Son not yet tested - recommended.
4. Vaccines: flu done 10/2025; PCV20 given today, lot HX4471, exp 2027-03.
RTC 6 months.                                              T. Lo, DO
"""

D2 = """
INFUSION CALENDAR - FEBRUARY 2026         Allegheny Valley Pulmonary - Infusion Room
Pt: BRANDT, Kurt W.   Glassia 60 mg/kg weekly (TUESDAY)   PA 2026-MA-0031875
cell = mg given / lot / in-out / RN
+-------------+------------------+-------------+-------------+-------------+
| MON         | TUE              | WED         | THU         | FRI         |
+-------------+------------------+-------------+-------------+-------------+
| 2           | 3                | 4           | 5           | 6           |
|             | 5030 mg          |             |             |             |
|             | KD25L0913        |             |             |             |
|             | 0910-1008  LT    |             |             |             |
+-------------+------------------+-------------+-------------+-------------+
| 9           | 10               | 11          | 12          | 13          |
|             | 5030 mg          |             |             |             |
|             | KD26A0072        |             |             |             |
|             | 0915-1012  LT    |             |             |             |
+-------------+------------------+-------------+-------------+-------------+
| 16          | 17               | 18          | 19          | 20          |
| Presidents  | sched 5030 mg    |             |             |             |
| Day         |                  |             |             |             |
+-------------+------------------+-------------+-------------+-------------+
| 23          | 24               | 25          | 26          | 27          |
|             | sched            |             |             |             |
+-------------+------------------+-------------+-------------+-------------+

VISIT BOX 02/10/2026 (RN L. Tran):
  Wt 86.0 kg (09:02). VS 09:05 BP 130/80 HR 72 RR 16 SpO2 95 % T 36.6.
  Glassia 5 vials, actual potency 1,006 mg each -> 5,030 mg given (250 mL).
  Lot KD26A0072, exp 07/2027 (all 5 vials). 5 micron in-line filter.
  Start 09:15   Stop 10:12   rate 0.2 mL/kg/min max; ran 4.5 mL/min.
  Waste: none - 5 full vials, nothing discarded.
  No rash, no flushing. PIV out 10:20. Home 10:24.
"""

D3 = """
"MY ALPHA-1 PASSPORT" - patient booklet, pages 4-5 transcribed by front desk (D. Reyes)
02/10/2026. Pt entries in quotes; RN entries initialed.

Date      Product   Amount     Lot          How I felt                          RN
01/13/26  Glassia   5 vials    KD25L0913    "fine"                              LT
01/20/26  Glassia   5 vials    KD25L0913    "tired, had a cold"                 MS
01/27/26  Glassia   5,030 mg   KD25L0913    "good - saw Dr Lo"                  LT
02/03/26  Glassia   5,030 mg   KD25L0913    "good"                              LT
02/10/26  Glassia   5,030 mg   KD26A0072    "good"                              LT

Pt note inside cover: "Home scale 190 lb on 02/08. Ask about travel dose in April -
if I go to my sister's I'd skip a week."
"""

D4 = """
835 REMITTANCE ADVICE - TEXT       Keystone Family Medicaid     Payer ID 23285
Payee: ALLEGHENY VALLEY PULMONARY ASSOC   NPI 1487729306   Check/EFT 5550183391
Remit date 02/06/2026

Member: BRANDT, KURT W   ID 4402911870   Acct AVP-77104
 Claim 1  ICN 6126020300412   DOS 01/27/2026   status 1 (paid)
   J0257  JZ  503 un  billed $9,054.00  allowed $7,435.86  paid $7,435.86  CO-45 $1,618.14
   96365       1 un   billed   $212.00  allowed    $92.18  paid    $92.18  CO-45   $119.82
 Claim 2  ICN 6126020300977   DOS 01/20/2026   status 4 (denied)
   J0257  JZ  503 un  billed $9,054.00  allowed $0.00  paid $0.00   CO-16 $9,054.00
        RARC M119 Missing/incomplete/invalid/deactivated/withdrawn NDC.
   96365       1 un   billed   $212.00  allowed $0.00  paid $0.00   CO-16   $212.00
 Billing note 02/06 (KM): 01/20 resubmitted w/ NDC 00944-2884-01 qty UN 5 on 02/06.
Totals this RA for member: billed $18,532.00  paid $7,528.04
"""

DOCS = [
    {"id": "d1", "type": "progress_note", "date": "2026-01-27", "text": D1},
    {"id": "d2", "type": "infusion_record", "date": "2026-02-10", "text": D2},
    {"id": "d3", "type": "other", "date": "2026-02-10", "text": D3},
    {"id": "d4", "type": "other", "date": "2026-02-06", "text": D4},
]

FINDINGS = [
    {"kind": "aatd_diagnosis", "_doc": "d1", "_ev": "alpha-1 antitrypsin deficiency, genotype Z/Mprocida"},
    {"kind": "genotype", "alleles": ["Z", "MPROCIDA"], "_doc": "d1", "_ev": "genotype Z/Mprocida"},
    {"kind": "serum_aat", "value": 14, "unit": "mg/dL", "_doc": "d1", "_ev": "serum AAT 14 mg/dL"},
    {"kind": "lung_disease", "value": "emphysema", "_doc": "d1", "_ev": "Centrilobular and panlobular emphysema on CT"},
    {"kind": "lung_disease", "value": "copd", "_doc": "d1", "_ev": "COPD\nGOLD 2"},
    {"kind": "smoking_status", "value": "never", "_doc": "d1", "_ev": "Never smoked"},
    {"kind": "fev1", "value": 55, "_doc": "d1", "_ev": "FEV1 2.05 L (55 % pred)"},
    {"kind": "fev1", "value": 56, "_doc": "d1", "_ev": "(56 -> 55 %)"},
    {"kind": "prior_authorization", "value": "2026-MA-0031875", "_doc": "d1", "_ev": "Medicaid PA renewed: 2026-MA-0031875"},
    {"kind": "weight", "value": 86.4, "unit": "kg", "value_kg": 86.4, "_doc": "d1", "_ev": "Wt 86.4 kg", "_date": "2026-01-27"},
    {"kind": "weight", "value": 86.0, "unit": "kg", "value_kg": 86.0, "_doc": "d2", "_ev": "Wt 86.0 kg (09:02)", "_date": "2026-02-10"},
    {"kind": "weight", "value": 190, "unit": "lb", "value_kg": 86.2, "_doc": "d3", "_ev": "Home scale 190 lb on 02/08", "_date": "2026-02-08"},
    {"kind": "drug_product", "value": "Glassia", "_doc": "d2", "_ev": "Glassia 5 vials, actual potency 1,006 mg each", "_dos": True},
    {"kind": "dose", "value": 5030, "_doc": "d2", "_ev": "5,030 mg given (250 mL)"},
    {"kind": "wastage", "value": 0, "_doc": "d2", "_ev": "Waste: none - 5 full vials, nothing discarded"},
    {"kind": "lot_number", "value": "KD26A0072", "_doc": "d2", "_ev": "Lot KD26A0072, exp 07/2027"},
    {"kind": "expiration_date", "value": "2027-07", "_doc": "d2", "_ev": "exp 07/2027"},
    {"kind": "infusion_start", "value": "09:15", "_doc": "d2", "_ev": "Start 09:15"},
    {"kind": "infusion_end", "value": "10:12", "_doc": "d2", "_ev": "Stop 10:12"},
    {"kind": "response_to_therapy", "_doc": "d1", "_ev": "stable on augmentation, FEV1 unchanged over 2 yr"},
]

REQUIREMENTS = {
    "aatd_diagnosis": "met",
    "genotype": "met",
    "serum_aat_level": "met",
    "lung_disease_evidence": "met",
    "patient_weight": "met",
    "dose_administered": "met",
    "dose_matches_weight": "met",
    "units_match_dose": "met",
    "wastage_documented": "met",
    "lot_number": "met",
    "expiration_date": "met",
    "infusion_times": "met",
    "response_to_therapy": "met",
    "prior_authorization": "met",
    "code_selection": "met",
    "smoking_status": "met",
}

ARITH = {
    "weight_kg": 86.0, "weight_date": "2026-02-10", "dose_mg": 5030,
    "target_mg": 5160.0, "low_mg": 4644.0, "high_mg": 5676.0, "pct_diff": -2.52, "within_10pct": True,
    "code": "J0257", "billing_unit_mg": 10, "units_expected": 503, "units_billed": 503,
    "waste_mg": 0, "jw_units_expected": 0, "jw_units_billed": None, "modifier": "JZ",
    "expirations": ["2027-07"], "expiration_ok": True,
}

NOTES = """
Month-view calendar (Mon-Fri columns, Tuesday cells mg/lot/in-out/RN) with a DOS visit box;
patient "Alpha-1 passport" pages transcribed by the front desk; Medicaid 835 for the 01/27 (paid)
and 01/20 (denied CO-16 / M119, missing NDC) claims; 01/27 office note.
Complete: 5 full Glassia vials (1,006 mg each) = 5,030 mg, JZ 503 units, no waste.
Traps: other weeks' cells and passport rows (lot KD25L0913, 0910-1008); scheduled 02/17 and
02/24; remittance units 503/1, dollars, ICNs, NDC qty UN 5; PCV20 vaccine lot HX4471 exp 2027-03;
rate 4.5 mL/min; vitals 09:05, weight 09:02, PIV out 10:20, home 10:24; sister PI*MZ 88 mg/dL;
hypothetical skipped week in April; home-scale 190 lb on 02/08 and 86.4 kg on 01/27 are weights
(findings) but the DOS 86.0 kg is nearest; FEV1 55/56 %.
"""
