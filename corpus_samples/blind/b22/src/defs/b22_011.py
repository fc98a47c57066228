# b22-011  commercial  styles (3) reauthorization peer-to-peer + (5) AATD multidisciplinary conference
# Gaps: smoking_status conflict (relapsed, 4-5 cigarettes/day), lot_number missing ("see carton"),
#       expiration_date missing ("per pharmacy label (not transcribed)").
# Prolastin-C 5,000 mg (5 whole vials), J0256 x500 JZ with "no waste".

CHART_ID = "b22-011"
DOS = "2025-11-05"
PAYER = {"profile": "commercial", "name": "Pinnacle Blue PPO"}
PRIOR_AUTH = "PBP-RX-4471902"
CLAIM_LINES = [
    {"hcpcs": "J0256", "units": 500, "modifiers": ["JZ"]},
    {"hcpcs": "96365", "units": 1, "modifiers": []},
]

D1 = """
PINNACLE BLUE - CLINICAL REVIEW: PEER-TO-PEER CALL NOTE
Review type: continuation (reauthorization)   Ref: CR-25-10-20-0338
Member: KRAEMER, DENNIS P    DOB 02/11/1966    Product: Prolastin-C, J0256
Call 10/20/2025 14:02-14:19. Participants: Janet Sorensen, MD (Medical Director, plan);
Paul Adebayo, MD (treating pulmonologist). Notes by reviewer; quotes approximate.

Sorensen: Policy MB-RX-022 continuation needs documented benefit and continued non-smoking.
  Section 4.2 reads "If the member starts or resumes smoking, coverage ends." Your
  09/30 note says he is smoking again?
Adebayo: Yes. He relapsed in August after his wife died. Four to five cigarettes a day
  right now. Varenicline started 10/01, he's enrolled with the quitline, exhaled CO was
  9 ppm last week, down from 18.
Sorensen: So he's a current smoker today.
Adebayo: He is, and he's working on it. He's PI*ZZ, pre-treatment level 4.9 micromolar,
  emphysema on CT, FEV1 47 percent in October against 49 in April - stable on therapy,
  no exacerbations since February. Stopping now, in the middle of a cessation attempt,
  throws that away.
Sorensen: Understood. Criteria say FEV1 25 to 80 percent and AAT under 11 - those are
  met. Smoking is not. I can give a 90-day bridge, not a full year, contingent on
  cotinine-confirmed abstinence at the next review. If he's still smoking on 01/29 the
  continuation will be denied.
Adebayo: Fair. Dosing stays at five vials a week.
Sorensen: Approving J0256 up to 520 units per week, 11/01/2025 through 01/29/2026.
  Authorization PBP-RX-4471902. Written notice in 2 business days.
Outcome: CONTINUATION APPROVED (90 days, conditional).
"""

D2 = """
ALPHA-1 PROGRAM - MULTIDISCIPLINARY CASE CONFERENCE NOTE
10/29/2025 07:30   Attending: P. Adebayo, MD (Pulm)   Also: R. Castillo, MD (Hepatology);
H. Lindgren, MS, CGC (Genetics); M. Osei, PharmD (Pharmacy); T. Grant, RN (navigator)
Patient: KRAEMER, DENNIS P   59 M   MRN 5503391

PULMONOLOGY
- Alpha-1 antitrypsin deficiency, PI*ZZ (genotyped 2019); pre-treatment AAT 4.9 µmol/L.
- Emphysema, panlobular, lower zones (CT 2023); COPD GOLD 3.
- FEV1 1.51 L (47 % pred) 10/2025; 1.57 L (49 % pred) 04/2025. No exacerbations since
  02/2025 on Prolastin-C; 6MWD 420 m (stable). Augmentation effective per team.
- Smoking: current smoker - relapsed 08/2025, 4-5 cigarettes/day; varenicline 1 mg BID
  since 10/01; CO 9 ppm (10/22). Payer continuation at risk (P2P 10/20, 90-day bridge).
HEPATOLOGY
- ALT 38, AST 35, platelets 212; elastography 6.3 kPa (10/2025). No cirrhosis. HCC
  screening not indicated. Alcohol: 2-3 beers/wk, advised to cut down.
GENETICS
- Daughter (31): PI*MZ, AAT 87 mg/dL - counseled on smoking avoidance.
- Brother (62): PI*SZ, AAT 64 mg/dL, normal spirometry - not on therapy; offered
  pulmonary follow-up. Mother (deceased 2010, "emphysema at 58") never tested.
PHARMACY
- Prolastin-C 1,000 mg vials x5 weekly; wt 86.5 kg on 10/29 -> 60 mg/kg = 5,190 mg;
  5 vials = 5,000 mg is within 10 %, continue whole-vial dosing.
- Varenicline/NRT: add nicotine lozenge 2 mg prn cravings.
PLAN
1. Continue augmentation while cessation is pursued; cotinine before 01/29 review.
2. Social work: grief counseling referral.
3. Genetics letter to brother's PCP.
"""

D3 = """
NORTHGATE INFUSION CENTER - A1PI INFUSION RECORD
DOS: 11/05/2025          Patient: KRAEMER, DENNIS P       MRN 5503391
RN: C. Whitaker, RN      Auth: PBP-RX-4471902 (11/01/2025-01/29/2026)
Pre: 12:48  BP 142/86  HR 88  SpO2 92% RA  T 36.6   Wt 86.5 kg
     Smoked 1 cigarette this morning per pt; counseled; using lozenges.
PIV 22g L forearm 12:55.
Product: Prolastin-C (alpha1-PI) 1,000 mg vials x5, reconstituted with 20 mL SWFI each
Dose given: 5,000 mg IV (100 mL)
Lot #: see carton
Exp: per pharmacy label (not transcribed)
Start: 13:10    Stop: 13:48    Rate: 160 mL/h
Waste: none - all 5 vials used
Post: 13:55 BP 136/84 HR 84 SpO2 93%. No reaction. PIV removed 14:02.
Charges: J0256 x500 JZ; 96365.          C. Whitaker, RN 14:10
"""

DOCS = [
    {"id": "d1", "type": "other", "date": "2025-10-20", "text": D1},
    {"id": "d2", "type": "progress_note", "date": "2025-10-29", "text": D2},
    {"id": "d3", "type": "infusion_record", "date": "2025-11-05", "text": D3},
]

FINDINGS = [
    {"kind": "aatd_diagnosis", "_doc": "d2", "_ev": "Alpha-1 antitrypsin deficiency, PI*ZZ"},
    {"kind": "genotype", "alleles": ["Z", "Z"], "_doc": "d2", "_ev": "PI*ZZ (genotyped 2019)"},
    {"kind": "serum_aat", "value": 4.9, "unit": "uM", "_doc": "d2", "_ev": "pre-treatment AAT 4.9 µmol/L"},
    {"kind": "lung_disease", "value": "emphysema", "_doc": "d2", "_ev": "Emphysema, panlobular, lower zones"},
    {"kind": "lung_disease", "value": "copd", "_doc": "d2", "_ev": "COPD GOLD 3"},
    {"kind": "weight", "value": 86.5, "unit": "kg", "value_kg": 86.5, "_doc": "d3", "_ev": "Wt 86.5 kg", "_date": "2025-11-05"},
    {"kind": "dose", "value": 5000, "_doc": "d3", "_ev": "Dose given: 5,000 mg IV"},
    {"kind": "wastage", "value": 0, "_doc": "d3", "_ev": "Waste: none - all 5 vials used"},
    {"kind": "infusion_start", "value": "13:10", "_doc": "d3", "_ev": "Start: 13:10"},
    {"kind": "infusion_end", "value": "13:48", "_doc": "d3", "_ev": "Stop: 13:48"},
    {"kind": "fev1", "value": 47, "_doc": "d2", "_ev": "FEV1 1.51 L (47 % pred)"},
    {"kind": "fev1", "value": 49, "_doc": "d2", "_ev": "1.57 L (49 % pred)"},
    {"kind": "response_to_therapy", "_doc": "d2", "_ev": "No exacerbations since\n  02/2025 on Prolastin-C"},
    {"kind": "prior_authorization", "value": "PBP-RX-4471902", "_doc": "d1", "_ev": "Authorization PBP-RX-4471902"},
    {"kind": "smoking_status", "value": "current", "_doc": "d2", "_ev": "current smoker - relapsed 08/2025, 4-5 cigarettes/day"},
    {"kind": "drug_product", "value": "Prolastin-C", "_doc": "d3", "_ev": "Product: Prolastin-C", "_dos": True},
]

REQUIREMENTS = {
    "aatd_diagnosis": "met", "genotype": "met", "serum_aat_level": "met",
    "lung_disease_evidence": "met", "patient_weight": "met", "dose_administered": "met",
    "dose_matches_weight": "met", "units_match_dose": "met", "wastage_documented": "met",
    "lot_number": "missing", "expiration_date": "missing", "infusion_times": "met",
    "response_to_therapy": "met", "prior_authorization": "met", "code_selection": "met",
    "smoking_status": "conflict", "fev1_range": "met",
}

ARITH = {
    "dos": DOS, "administered": True, "weight_kg": 86.5, "weight_date": "2025-11-05",
    "dose_mg": 5000, "target_mg": 5190.0, "pct_diff": -3.7, "within_10pct": True,
    "code": "J0256", "billing_unit_mg": 10, "units_expected": 500, "units_billed": 500,
    "vials_mg": [1000, 1000, 1000, 1000, 1000], "waste_mg": 0, "jw_expected": 0, "jw_billed": 0,
    "expirations": [], "expiration_ok": None,
}

TRAPS = [
    ("d1", "CR-25-10-20-0338", "review reference"),
    ("d1", "FEV1 25 to 80 percent and AAT under 11", "policy criteria"),
    ("d1", "up to 520 units per week", "approved units"),
    ("d1", "If he's still smoking on 01/29", "hypothetical"),
    ("d2", "60 mg/kg = 5,190 mg", "calculation"),
    ("d2", "AAT 87 mg/dL", "daughter's level"),
    ("d2", "PI*SZ, AAT 64 mg/dL", "brother's genotype and level"),
    ("d2", "nicotine lozenge 2 mg", "other drug"),
    ("d3", "Lot #: see carton", "documents nothing"),
    ("d3", "Exp: per pharmacy label (not transcribed)", "documents nothing"),
    ("d3", "12:55", "PIV time"),
    ("d3", "14:02", "PIV removal"),
]

NOTES = """
Gaps: smoking_status conflict (commercial; 'current smoker - relapsed 08/2025, 4-5 cigarettes/day', confirmed by
the treating physician on the P2P and by 'Smoked 1 cigarette this morning' on the DOS), lot_number missing
('Lot #: see carton') and expiration_date missing ('Exp: per pharmacy label (not transcribed)'). The P2P is a
reauthorization call: the reviewer quotes MB-RX-022 ('If the member starts or resumes smoking, coverage ends',
FEV1 25-80, AAT under 11) and grants a 90-day conditional bridge with authorization PBP-RX-4471902 (finding) and up
to 520 units/week (trap). Conference sections (pulm, hepatology, genetics, pharmacy): daughter PI*MZ 87 mg/dL,
brother PI*SZ 64 mg/dL, pharmacy calculation 5,190 mg (5,000 mg whole vials, -3.7 %) are traps. J0256 500 JZ
with 'Waste: none' on a commercial claim: wastage met.
"""
