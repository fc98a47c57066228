CHART_ID = "b19-010"
DOS = "2026-03-12"
PAYER = {"profile": "commercial", "name": "Cigna Open Access Plus"}
PRIOR_AUTH = "CIG-PA-2025-44871203"
CLAIM_LINES = [
    {"hcpcs": "J0256", "units": 468, "modifiers": []},
    {"hcpcs": "96365", "units": 1, "modifiers": []},
]

D1 = r"""
Summit Pulmonary Infusion Suite
InfuseTrack Mobile -- Administration Record (PDF export)
Patient
TREMBLAY, OWEN J
DOB
08/15/1958
Encounter Date
03/12/2026
Nurse
Rosalind Fenske, RN
Check-in
1:34 PM
Medication
Prolastin-C Liquid (alpha1-proteinase inhibitor, human) 50 mg/mL
Weight
172.0
lb
Weight (kg)
78.0
Height
5' 11"
BSA
1.98
m2
Dose Ordered
60 mg/kg
Calculated Dose
4680
mg
Dose Given
4680
mg
Volume Given
93.6
mL
Vial 1 Strength
4000 mg/80 mL
Vial 1 Lot
27C0415
Vial 1 Exp
09/2027
Vial 2 Strength
1000 mg/20 mL
Vial 2 Lot
26L2210
Vial 2 Exp
12/2026
Wasted Amount
320
mg
Wasted Volume
6.4 mL
Waste Witness
M. Oyelowo, RN
IV Site
L antecubital, 22 g
IV Start Time
1:52 PM
Infusion Start
2:06 PM
Infusion End
2:22 PM
Rate
6.2 mL/min (0.08 mL/kg/min)
Pre Vitals
BP 138/82  HR 76  SpO2 94%  (1:48 PM)
Post Vitals
BP 134/80  HR 74  SpO2 95%  (2:30 PM)
Reaction
None
Discharge
2:41 PM
"""

D2 = r"""
SUMMIT REGIONAL LABORATORY -- LIS REPORT (CUMULATIVE)                       Page 1/1
Patient: TREMBLAY, OWEN J    DOB 08/15/1958    Sex: M    MRN 0048821907
Ordering: CARROW-BANKS, NEVEAH MD (Pulmonology)
=============================================================================================
Accession #: SR25-0915-00382   Collected 09/15/2025 07:55   Received 09/15/2025 08:40
TEST                              RESULT       UNITS     FLAG   REFERENCE     STATUS
ALPHA-1-ANTITRYPSIN (SERUM)       4.2          umol/L    LL     20.0-48.0     CORRECTED
   ** CORRECTED REPORT: previously reported as 4.2 mg/dL on 09/17/2025 16:02. Unit of measure
   ** corrected to umol/L on 09/18/2025 08:30 (instrument interface mapping error). Numeric value
   ** unchanged. Notified C. Banks RN 09/18/2025 08:41.
ALPHA-1-ANTITRYPSIN PHENOTYPE     CANCELLED                                   QNS - not performed
SERPINA1 GENOTYPE - S ALLELE      NOT DETECTED                       NOT DETECTED  FINAL
SERPINA1 GENOTYPE - Z ALLELE      HOMOZYGOUS             A           NOT DETECTED  FINAL
SERPINA1 INTERPRETATION           PI*ZZ                  A                         FINAL
C-REACTIVE PROTEIN                5.8          mg/L               0.0-10.0      FINAL
=============================================================================================
Accession #: SR26-0209-01177   Collected 02/09/2026 13:20   Received 02/09/2026 14:05
TEST                              RESULT       UNITS     FLAG   REFERENCE     STATUS
ALPHA-1-ANTITRYPSIN (SERUM)       13.8         umol/L    L      20.0-48.0     FINAL
   Comment: drawn pre-infusion (trough) on augmentation therapy per order comment.
HEPATIC FUNCTION PANEL            see below
  ALT                             29           U/L                7-52          FINAL
  ALK PHOS                        88           U/L                40-129        FINAL
=============================================================================================
"""

D3 = r"""
Summit Pulmonary Associates
Provider Visit Note (mobile export)
Date of Service
03/12/2026
Provider
Neveah Carrow-Banks, MD
Visit Type
Established patient -- augmentation follow-up (same day as infusion)
Chief Complaint
AATD follow-up
Diagnoses
Alpha-1 antitrypsin deficiency (E88.01); panlobular emphysema (J43.1)
Genotype
PI*ZZ (SERPINA1, 09/2025)
Serum AAT
4.2 umol/L pre-treatment (09/2025, corrected report); trough 13.8 umol/L on therapy (02/2026)
Augmentation History
Glassia 2021-2023; switched to Prolastin-C Liquid 04/2023 (shorter infusion)
Smoking
Former; quit 2006; 30 pack-years
Spirometry Today
FEV1 1.52 L
44
% predicted (post-BD)
Prior Spirometry
45% (09/2025)
Weight
78.0 kg (clinic scale, pre-infusion)
Assessment
Stable on Prolastin-C Liquid: no exacerbations in 11 months, FEV1 unchanged within test variability
Plan
Continue Prolastin-C Liquid 60 mg/kg IV weekly; CT chest in 09/2026; AAT trough again in 6 months
Authorization #
CIG-PA-2025-44871203
Auth Valid
10/01/2025 - 09/30/2026
Brother
PI*ZZ, on Zemaira in Vermont
Signed
N. Carrow-Banks, MD 03/12/2026 16:05
"""

DOCS = [
    {"id": "d1", "type": "infusion_record", "date": "2026-03-12", "text": D1},
    {"id": "d2", "type": "lab_report", "date": "2026-02-10", "text": D2},
    {"id": "d3", "type": "progress_note", "date": "2026-03-12", "text": D3},
]

FINDINGS = [
    {"kind": "aatd_diagnosis", "ev": ("d3", "Alpha-1 antitrypsin deficiency (E88.01)")},
    {"kind": "genotype", "alleles": ["Z", "Z"], "ev": ("d2", "SERPINA1 INTERPRETATION           PI*ZZ")},
    {"kind": "serum_aat", "value": 4.2, "unit": "uM", "ev": ("d2", "4.2          umol/L    LL")},
    {"kind": "serum_aat", "value": 13.8, "unit": "uM", "ev": ("d2", "13.8         umol/L    L")},
    {"kind": "lung_disease", "value": "emphysema", "ev": ("d3", "panlobular emphysema (J43.1)")},
    {"kind": "fev1", "value": 44, "ev": ("d3", "FEV1 1.52 L\n44\n% predicted (post-BD)")},
    {"kind": "fev1", "value": 45, "ev": ("d3", "45% (09/2025)")},
    {"kind": "weight", "value": 78.0, "unit": "kg", "value_kg": 78.0, "ev": ("d1", "Weight (kg)\n78.0")},
    {"kind": "dose", "value": 4680, "ev": ("d1", "Dose Given\n4680\nmg")},
    {"kind": "wastage", "value": 320, "ev": ("d1", "Wasted Amount\n320\nmg")},
    {"kind": "lot_number", "value": "27C0415", "ev": ("d1", "Vial 1 Lot\n27C0415")},
    {"kind": "lot_number", "value": "26L2210", "ev": ("d1", "Vial 2 Lot\n26L2210")},
    {"kind": "expiration_date", "value": "2027-09", "ev": ("d1", "Vial 1 Exp\n09/2027")},
    {"kind": "expiration_date", "value": "2026-12", "ev": ("d1", "Vial 2 Exp\n12/2026")},
    {"kind": "infusion_start", "value": "14:06", "ev": ("d1", "Infusion Start\n2:06 PM")},
    {"kind": "infusion_end", "value": "14:22", "ev": ("d1", "Infusion End\n2:22 PM")},
    {"kind": "response_to_therapy", "ev": ("d3", "Stable on Prolastin-C Liquid: no exacerbations in 11 months")},
    {"kind": "prior_authorization", "value": "CIG-PA-2025-44871203", "ev": ("d3", "Authorization #\nCIG-PA-2025-44871203")},
    {"kind": "smoking_status", "value": "former", "ev": ("d3", "Former; quit 2006; 30 pack-years")},
    {"kind": "drug_product", "value": "Prolastin-C Liquid", "ev": ("d1", "Prolastin-C Liquid (alpha1-proteinase inhibitor, human) 50 mg/mL")},
    {"kind": "drug_product", "value": "Glassia", "ev": ("d3", "Glassia 2021-2023")},
]

REQUIREMENTS = {
    "aatd_diagnosis": "met", "genotype": "met", "serum_aat_level": "met", "lung_disease_evidence": "met",
    "patient_weight": "met", "dose_administered": "met", "dose_matches_weight": "met",
    "units_match_dose": "met", "wastage_documented": "met", "lot_number": "met", "expiration_date": "met",
    "infusion_times": "met", "response_to_therapy": "met", "prior_authorization": "met",
    "code_selection": "met", "smoking_status": "met", "fev1_range": "met",
}

ARITH = {
    "dos": DOS,
    "weight": {"value": 78.0, "unit": "kg", "value_kg": 78.0},
    "dose_mg": 4680, "target_mg_per_kg": 60, "target_mg": 4680.0, "pct_diff": 0.0, "within_10pct": True,
    "claim_lines": [{"hcpcs": "J0256", "modifiers": [], "units_billed": 468, "bu_mg": 10, "expected_units": 468}],
    "waste_mg": 320, "jw_units_expected": None,
    "lots": [{"lot": "27C0415", "exp": "2027-09", "exp_not_before_dos": True},
             {"lot": "26L2210", "exp": "2026-12", "exp_not_before_dos": True}],
    "dos_products": ["Prolastin-C Liquid"],
}

NOTES = ("Complete (commercial: waste 320 mg documented, not billed, no JW/JZ -> met). Traps: corrected report "
         "changes the UNIT of the 4.2 result from mg/dL to umol/L (the superseded '4.2 mg/dL' is not a finding); "
         "phenotype cancelled (QNS); on-therapy trough 13.8 umol/L (>= 11) is listed but the pre-treatment 4.2 "
         "umol/L meets; 172.0 lb and 78.0 kg are one weight; calculated dose 4680 equals given; vial strengths; "
         "check-in 1:34 PM, IV start 1:52 PM (line placement, not the infusion), vitals 1:48/2:30 PM, discharge "
         "2:41 PM; historical Glassia; brother PI*ZZ on Zemaira; 12-hour times; YYYY-MM expirations.")

META = {
    "style": "(2)+(1) vertical PDF-to-text mobile administration record (units on a third line, 12-hour times) + vertical provider visit note + LIS cumulative report with accession numbers and a CORRECTED REPORT of the unit of measure (Prolastin-C Liquid, J0256, commercial)",
    "gaps": "none (complete)",
    "traps": "'previously reported as 4.2 mg/dL'; phenotype QNS; trough 13.8 umol/L; lb+kg one weight; 'IV Start Time 1:52 PM' vs 'Infusion Start 2:06 PM'; check-in/vitals/discharge times; historical Glassia; brother on Zemaira; MM/YYYY expirations",
}
