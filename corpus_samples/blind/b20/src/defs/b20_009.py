"""b20-009: medicaid, gaps: prior_authorization missing (paper form 'Auth #: [illegible]', no number
anywhere) and serum_aat_level conflict (PI*SZ with 62 mg/dL and 0.66 g/L, both at/above threshold; the
genotype itself counts for medicaid). Styles (1) PIE nursing note + (6) paper infusion record transcribed
by the unit clerk; reference-lab report. Aralast NP, J0256 + JW."""

CHART_ID = "b20-009"
DOS = "2026-03-03"
PAYER = {"profile": "medicaid", "name": "State Medicaid fee-for-service"}
PRIOR_AUTH = None
CLAIM_LINES = [
    {"hcpcs": "J0256", "units": 367, "modifiers": []},
    {"hcpcs": "J0256", "units": 33, "modifiers": ["JW"]},
    {"hcpcs": "96365", "units": 1, "modifiers": []},
]

D1 = """
NURSING NOTE - PIE FORMAT                      Sun Prairie Outpatient Infusion
Patient: LINDQVIST, ANNIKA M    DOB 12/05/1972    Visit: 03/03/2026 10:58
RN: Tomasz Wierzbicki, RN

P#1  Risk for hypersensitivity reaction r/t IV alpha-1 proteinase inhibitor.
I#1  Identity x2, allergy check (NKDA). Wt 135 lb on clinic scale (form).
     Pre VS 11:02 BP 112/68 HR 72 RR 16 T 97.9 SpO2 96%. PIV 22 g R hand
     11:08, flushed. Aralast NP 3,670 mg IV (3 x 1,000 mg + 2 x 500 mg vials,
     reconstituted w/ supplied SWFI, pooled ~183 mL) - infusion begun 11:15
     at 4.9 mL/min via 5 micron filter. Lots: LE2511307 (1,000 mg vials,
     exp 01/2027) and LE2509855 (500 mg vials, exp 10/2026).
E#1  Infusion ended 11:52 without hives, flushing, wheeze or hypotension.
     Post VS 11:55 BP 116/70 HR 74 SpO2 97%. 330 mg left in the second 500 mg
     vial - wasted in pharm waste, witnessed. PIV out 12:01, site clean.
     Pt says she has "more energy" and "no chest infections this winter"
     since being on the weekly infusions; tolerating therapy well.

P#2  Knowledge deficit - insurance authorization renewal.
I#2  Front desk states PA "on file, renewal sent" - number not available to
     nursing at time of visit; pt given Medicaid member services phone.
E#2  Pt verbalized understanding; will call. Social work referral declined.

P#3  Ineffective airway clearance r/t emphysema.
I#3  Reviewed huff cough and Aerobika use (10 breaths x 3 sets BID).
E#3  Return demonstration correct.

Tomasz Wierzbicki, RN   03/03/2026 12:20
"""

D2 = """
[SCANNED PAPER FORM "OUTPATIENT INFUSION RECORD - ALPHA-1" (SPOI-14, rev 2019)]
[Transcribed by unit clerk D. Okafor-Lee (DOL) 03/03/2026 14:10. Markers:
 ~~text~~ = struck through on original; [illegible] = unreadable; [?] = uncertain
 reading; [sic] = as written.]

DATE: 3/3/26          PT: Lindqvist, Annika        MRN: 40-77213
PAYER: Medicaid       Auth #: [illegible]          Exp: [illegible]
DX: E88.01 / J43.9    MD: Dr. Halvorsen
WT: 135 lb            HT: 5'4"            ALLERGIES: NKDA

DRUG: Aralast NP                 ORDERED: 60 mg/kg
DOSE: ~~3,600~~ 3,670 mg  TW     VIALS: 1000 mg x3, 500 mg x2
LOT: LE2511307 / LE2509855       EXP: 1/27 ; 10/26
WASTE: 330 mg   WITNESS: [illegible] RN
START: 1115      STOP: 1152      RATE: 4.9 mL/min
SITE: R hand 22g                 ATTEMPTS: 1
PREMED: none
REACTION: none  [sic: "nonne"]
VS PRE: 112/68  72  16  97.9     VS POST: 116/70  74  [?]16
NEXT APPT: 3/10/26 1100
RN: T. Wierzbicki  TW    [initials on form]
[DOL note: "Auth #" box has a number written over by a sticker; not readable.]
"""

D3 = """
ALPHA-1 ANTITRYPSIN PANEL                           Meridian Clinical Laboratories
Patient: LINDQVIST, ANNIKA M      DOB: 12/05/1972      Sex: F
Collected: 11/18/2024 08:40       Reported: 11/26/2024
Ordering physician: Erik Halvorsen, MD

Test                                 Result        Units     Reference
Alpha-1 antitrypsin (nephelometry)   62            mg/dL     100-190       LOW
Alpha-1 antitrypsin phenotype (IEF)  SZ                      MM
SERPINA1 genotyping                  PI*SZ (compound heterozygous
                                     c.863A>T / c.1096G>A)
CRP, high sensitivity                0.8           mg/L      <3.0

Interpretation: PI*SZ with a moderately reduced level. Prior result on file:
0.66 g/L (09/2022, immunoturbidimetry). PI*SZ individuals typically have
levels of 75-120 mg/dL by older standards; risk of emphysema is increased in
smokers. Levels below 57 mg/dL (11 umol/L) are generally used as the
threshold for augmentation by payers.

History (from requisition): emphysema on CT 2023; former smoker, quit 2019;
FEV1 61% predicted (10/2024).
"""

DOCS = [
    {"id": "d1", "type": "progress_note", "date": "2026-03-03", "text": D1},
    {"id": "d2", "type": "infusion_record", "date": "2026-03-03", "text": D2},
    {"id": "d3", "type": "lab_report", "date": "2024-11-26", "text": D3},
]

FINDINGS = [
    {"kind": "aatd_diagnosis", "_doc": "d2", "_ev": "DX: E88.01"},
    {"kind": "genotype", "alleles": ["S", "Z"], "_doc": "d3", "_ev": "PI*SZ (compound heterozygous"},
    {"kind": "serum_aat", "value": 62, "unit": "mg/dL", "_doc": "d3", "_ev": "Alpha-1 antitrypsin (nephelometry)   62"},
    {"kind": "serum_aat", "value": 0.66, "unit": "g/L", "_doc": "d3", "_ev": "0.66 g/L (09/2022, immunoturbidimetry)"},
    {"kind": "lung_disease", "value": "emphysema", "_doc": "d3", "_ev": "emphysema on CT 2023"},
    {"kind": "weight", "value": 135, "unit": "lb", "value_kg": 61.2, "_date": "2026-03-03", "_doc": "d2", "_ev": "WT: 135 lb"},
    {"kind": "dose", "value": 3670, "_doc": "d1", "_ev": "Aralast NP 3,670 mg IV"},
    {"kind": "wastage", "value": 330, "_doc": "d2", "_ev": "WASTE: 330 mg"},
    {"kind": "lot_number", "value": "LE2511307", "_doc": "d1", "_ev": "Lots: LE2511307"},
    {"kind": "lot_number", "value": "LE2509855", "_doc": "d1", "_ev": "LE2509855 (500 mg vials"},
    {"kind": "expiration_date", "value": "2027-01", "_doc": "d1", "_ev": "exp 01/2027"},
    {"kind": "expiration_date", "value": "2026-10", "_doc": "d1", "_ev": "exp 10/2026"},
    {"kind": "infusion_start", "value": "11:15", "_doc": "d2", "_ev": "START: 1115"},
    {"kind": "infusion_end", "value": "11:52", "_doc": "d2", "_ev": "STOP: 1152"},
    {"kind": "response_to_therapy", "_doc": "d1", "_ev": "tolerating therapy well"},
    {"kind": "drug_product", "value": "Aralast NP", "_dos": True, "_doc": "d2", "_ev": "DRUG: Aralast NP"},
    {"kind": "fev1", "value": 61, "_doc": "d3", "_ev": "FEV1 61% predicted (10/2024)"},
    {"kind": "smoking_status", "value": "former", "_doc": "d3", "_ev": "former smoker, quit 2019"},
]

REQUIREMENTS = {
    "aatd_diagnosis": "met", "genotype": "met", "serum_aat_level": "conflict",
    "lung_disease_evidence": "met", "patient_weight": "met", "dose_administered": "met",
    "dose_matches_weight": "met", "units_match_dose": "met", "wastage_documented": "met",
    "lot_number": "met", "expiration_date": "met", "infusion_times": "met",
    "response_to_therapy": "met", "prior_authorization": "missing", "code_selection": "met",
    "smoking_status": "met",
}

NOTES = """
Gaps: prior_authorization missing (Medicaid; 'Auth #: [illegible]', front desk 'on file, renewal sent',
no number anywhere, none on the chart) and serum_aat_level conflict (62 mg/dL nephelometry and 0.66 g/L
immunoturbidimetry, both at/above 57 mg/dL / 0.57 g/L). Genotype PI*SZ is met for medicaid (the low-level
condition for SZ is commercial only). Weight written only in lb (135 lb -> 61.2 kg). Traps: struck dose
~~3,600~~ (superseded by 3,670 mg); paper 'EXP: 1/27 ; 10/26' = the same two expirations (MM/YY); reference
phenotype 'MM'; lab interpretation ranges (75-120 mg/dL, 57 mg/dL / 11 umol/L threshold text); CRP 0.8;
pre/post VS and PIV times 11:08/12:01; next appointment 3/10/26; Aerobika counts. The aatd_diagnosis
evidence is the ICD-10 code E88.01 on the form (the lab calls it 'PI*SZ' only).
"""

ARITH = {
    "weight_kg": 61.2, "weight_source": "d2 135 lb x 0.45359237 = 61.23 kg",
    "dose_mg": 3670, "target_mg": 3672.0, "pct_diff": -0.1, "within_10pct": True,
    "claim": [
        {"hcpcs": "J0256", "modifiers": [], "billed": 367, "expected": 367},
        {"hcpcs": "J0256", "modifiers": ["JW"], "billed": 33, "expected": 33},
    ],
    "waste_mg": 330, "jw_units_expected": 33,
    "lots": [
        {"lot": "LE2511307", "exp": "2027-01", "dos": DOS, "ok": True},
        {"lot": "LE2509855", "exp": "2026-10", "dos": DOS, "ok": True},
    ],
}
