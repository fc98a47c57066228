"""b20-010: medicare (Medicare Advantage), complete. Styles (3) Epic MAR action-history / order audit with a
waste entry reversed and re-documented + (5) Medicare Advantage reconsideration letter for the denied JW
line; pulmonology note. Glassia, J0257 + JW."""

CHART_ID = "b20-010"
DOS = "2025-12-16"
PAYER = {"profile": "medicare", "name": "Cardinal Senior Advantage (PPO) - Medicare Advantage"}
PRIOR_AUTH = None
CLAIM_LINES = [
    {"hcpcs": "J0257", "units": 399, "modifiers": []},
    {"hcpcs": "J0257", "units": 82, "modifiers": ["JW"]},
    {"hcpcs": "96365", "units": 1, "modifiers": []},
]

D1 = """
Medication Administration Audit - Order Detail              Epic  | Printed 12/22/2025 09:31
ABERNATHY, CLYDE W  | MRN E2290417 | DOB 08/27/1956 | 69 y.o. M | Wt 66.5 kg (12/16/25)
Dept: HIGHLAND ONC/INFUSION | Enc 12/16/2025 | Attending: Sorensen, Ingrid, MD

Order: alpha-1-proteinase inhibitor (human) (GLASSIA) 1 gram/50 mL infusion   Order ID 77120945
  Dose: 60 mg/kg x 66.5 kg = 3,990 mg      Vol: 207.4 mL      Route: IV
  Rate: start 0.04 mL/kg/min, may increase to max 0.2 mL/kg/min as tolerated
  Product: 5 vials, actual potency 962 mg/vial per carton (4,810 mg dispensed)
  Status history:
    12/12/25 1604  Ordered     ISORENSEN   (Sorensen, Ingrid, MD)
    12/15/25 0817  Verified    MDUBOIS     (Dubois, Marc, PharmD)  "actual-potency calc"
    12/16/25 1241  Dispensed   KLEE        (Lee, Kira, CPhT)       5 vials
    12/16/25 1430  Completed   (system)

MAR action history
  Time (12/16)  Action                Dose / Vol                 User        Comment
  1305          Scanned               5 vial(s)                  ROSBORNE    NDC 0944-2884-01
                                                                             lot KB25G0514 exp 11/30/2026
  1312          New Bag               3,990 mg / 207.4 mL        ROSBORNE    R FA 20g; 2.7 mL/min;
                                                                             5 micron filter
  1340          Rate Change           3.3 mL/min                 ROSBORNE    tolerating, per order
  1420          Stopped               207.4 mL infused           ROSBORNE    complete; flushed
  1424          Wasted                1,010 mg / 50.0 mL         ROSBORNE    witness TNGUYEN
  1502          Wasted - REVERSED     (1,010 mg)                 ROSBORNE    Mistaken entry: calculated
                                                                             from nominal 1 g vials
  1503          Wasted                820 mg / 42.6 mL           ROSBORNE    4,810 - 3,990 mg; witness
                                                                             TNGUYEN; single-dose vials

  Other orders this encounter
  1300  acetaminophen 650 mg PO        Given          ROSBORNE   premed per pt request
  1300  EPINEPHrine 0.3 mg IM PRN      Not given      ROSBORNE   anaphylaxis kit at chair
  1310  sodium chloride 0.9% 10 mL     Given          ROSBORNE   flush
  1421  sodium chloride 0.9% 10 mL     Given          ROSBORNE   flush
  1212  diphenhydramine 25 mg IV PRN   Canceled       ISORENSEN  not needed per MD

User list: ROSBORNE Osborne, Rachel RN | TNGUYEN Nguyen, Thao RN | KLEE Lee, Kira CPhT
"""

D2 = """
HIGHLAND PULMONARY ASSOCIATES
900 Ridgeview Pkwy, Highland, NC                           Fax (828) 555-0190

January 9, 2026

Cardinal Senior Advantage (PPO)
Part B Drug Reconsideration Unit, P.O. Box 11820, Durham, NC

Re:      Reconsideration of partial payment - discarded drug line
Enrollee: Clyde W. Abernathy      ID: CSA-552170988      DOB: 08/27/1956
Claim:   26-0005518207            Date of service: 12/16/2025
Plan authorization reference: PR-A1-2025-08812

Lines on the claim:
  1  J0257          399 units   Glassia injection, 10 mg      PAID
  2  J0257  JW       82 units   Glassia, discarded amount     DENIED - CARC 16 /
                                                             RARC M127 "missing
                                                             documentation of
                                                             discarded amount"
  3  96365            1         IV infusion, up to 1 hour     PAID

To the reviewer:

The discarded amount is documented in the medication administration record
for 12/16/2025. Excerpt from the MAR action history:

  "1503  Wasted  820 mg / 42.6 mL ... 4,810 - 3,990 mg; witness TNGUYEN;
   single-dose vials"

Mr. Abernathy weighed 66.5 kg on 12/16/2025; 60 mg/kg = 3,990 mg was
infused (New Bag 1312, Stopped 1420). Five single-dose vials were required
(actual potency 962 mg each); 820 mg remained and was discarded, which is
82 units under JW after rounding down. An earlier entry of 1,010 mg was
reversed the same day as a calculation error, so it should not be read as
the discarded amount.

Your reimbursement policy RP-044 (Discarded Drugs and Biologicals) states:
"the amount discarded, the date and time, and the reason must be documented
in the medical record; JW units are the discarded amount divided by the
billing unit, rounded down". Both conditions are met. We note that the same
line was denied for DOS 11/18/2025 and paid on reconsideration (ref
RC-25-1212-077).

Clinical background (from our records): alpha-1 antitrypsin deficiency,
PI*Z/Mheerlen (sequencing 2020), pretreatment AAT 15 mg/dL; emphysema on CT;
FEV1 41% predicted (11/2025); former smoker.

Please adjust line 2 for payment.
Ingrid Sorensen, MD                  Rhonda Pickett, CCS-P, Billing Office
"""

D3 = """
PULMONARY FOLLOW-UP                                         11/25/2025
Clyde W. Abernathy  69 y/o M           Ingrid Sorensen, MD

Alpha-1 antitrypsin deficiency, genotype PI*Z/Mheerlen (full-gene sequencing
2020; pretreatment serum AAT 15 mg/dL), with emphysema - on weekly Glassia
since 06/2020. Former smoker, 40 pack-years, quit 2015.

Interval: one exacerbation in 2025 (April, azithromycin + prednisone 40 mg
x5 d), none since. Breathing "about where it's been"; mows with a riding
mower, walks to the mailbox without stopping. Infusions tolerated well with
acetaminophen premed for headaches.

Exam: Wt 66.9 kg. SpO2 93% RA at rest, 88% after 2 flights (was 86% last
year). Distant breath sounds. No edema.
Spirometry today: FEV1 1.21 L (41% pred) post-BD; FEV1/FVC 0.39.
CT chest 03/2025: severe panlobular emphysema, lower lobes; 5 mm RUL nodule
stable since 2022.

Assessment: AATD (PI*Z/Mheerlen) with severe emphysema - stable lung function
on augmentation, exacerbations down from 3 in 2019 to 1 this year.
Plan: continue Glassia 60 mg/kg weekly; the infusion center will weigh him
each visit. LDCT 03/2026 for the nodule. Pulmonary rehab maintenance.
His daughter (PI*MZ, 102 mg/dL) asked about testing her kids - genetics referral.
Ingrid Sorensen, MD
"""

DOCS = [
    {"id": "d1", "type": "infusion_record", "date": "2025-12-22", "text": D1},
    {"id": "d2", "type": "other", "date": "2026-01-09", "text": D2},
    {"id": "d3", "type": "progress_note", "date": "2025-11-25", "text": D3},
]

FINDINGS = [
    {"kind": "aatd_diagnosis", "_doc": "d3", "_ev": "Alpha-1 antitrypsin deficiency, genotype PI*Z/Mheerlen"},
    {"kind": "genotype", "alleles": ["Z", "MHEERLEN"], "_doc": "d3", "_ev": "genotype PI*Z/Mheerlen"},
    {"kind": "serum_aat", "value": 15, "unit": "mg/dL", "_doc": "d3", "_ev": "pretreatment serum AAT 15 mg/dL"},
    {"kind": "lung_disease", "value": "emphysema", "_doc": "d3", "_ev": "severe panlobular emphysema, lower lobes"},
    {"kind": "weight", "value": 66.5, "unit": "kg", "value_kg": 66.5, "_date": "2025-12-16", "_doc": "d1", "_ev": "Wt 66.5 kg (12/16/25)"},
    {"kind": "weight", "value": 66.9, "unit": "kg", "value_kg": 66.9, "_date": "2025-11-25", "_doc": "d3", "_ev": "Wt 66.9 kg"},
    {"kind": "dose", "value": 3990, "_doc": "d1", "_ev": "New Bag               3,990 mg / 207.4 mL"},
    {"kind": "wastage", "value": 820, "_doc": "d1", "_ev": "Wasted                820 mg / 42.6 mL"},
    {"kind": "lot_number", "value": "KB25G0514", "_doc": "d1", "_ev": "lot KB25G0514 exp 11/30/2026"},
    {"kind": "expiration_date", "value": "2026-11-30", "_doc": "d1", "_ev": "exp 11/30/2026"},
    {"kind": "infusion_start", "value": "13:12", "_doc": "d1", "_ev": "1312          New Bag"},
    {"kind": "infusion_end", "value": "14:20", "_doc": "d1", "_ev": "1420          Stopped"},
    {"kind": "response_to_therapy", "_doc": "d3", "_ev": "stable lung function\non augmentation"},
    {"kind": "prior_authorization", "value": "PR-A1-2025-08812", "_doc": "d2", "_ev": "Plan authorization reference: PR-A1-2025-08812"},
    {"kind": "drug_product", "value": "Glassia", "_dos": True, "_doc": "d1", "_ev": "(GLASSIA) 1 gram/50 mL"},
    {"kind": "fev1", "value": 41, "_doc": "d3", "_ev": "FEV1 1.21 L (41% pred) post-BD"},
    {"kind": "smoking_status", "value": "former", "_doc": "d3", "_ev": "Former smoker, 40 pack-years, quit 2015"},
]

REQUIREMENTS = {
    "aatd_diagnosis": "met", "genotype": "met", "serum_aat_level": "met",
    "lung_disease_evidence": "met", "patient_weight": "met", "dose_administered": "met",
    "dose_matches_weight": "met", "units_match_dose": "met", "wastage_documented": "met",
    "lot_number": "met", "expiration_date": "met", "infusion_times": "met",
    "response_to_therapy": "met", "prior_authorization": "not_applicable", "code_selection": "met",
}

NOTES = """
Complete chart. The first waste entry (1,010 mg at 1424) is reversed as a mistaken entry and re-documented
as 820 mg (1503): waste 820 mg -> JW 82 units, met. Traps: rate change 1340, scan 1305, flushes 1310/1421,
acetaminophen/epinephrine/diphenhydramine rows, order/verify/dispense times, 4,810 mg dispensed and
962 mg/vial potency, letter dates and claim numbers, policy RP-044 quote, earlier denial for DOS 11/18/2025,
MA plan authorization (finding listed; requirement not_applicable for medicare), SpO2 88 %/86 %, 5 mm nodule,
prednisone 40 mg, daughter PI*MZ 102 mg/dL. Genotype Z/Mheerlen -> [Z, MHEERLEN] (rare allele after Z).
"""

ARITH = {
    "weight_kg": 66.5, "weight_source": "d1 header weight DOS",
    "dose_mg": 3990, "target_mg": 3990.0, "pct_diff": 0.0, "within_10pct": True,
    "claim": [
        {"hcpcs": "J0257", "modifiers": [], "billed": 399, "expected": 399},
        {"hcpcs": "J0257", "modifiers": ["JW"], "billed": 82, "expected": 82},
    ],
    "waste_mg": 820, "jw_units_expected": 82,
    "lots": [{"lot": "KB25G0514", "exp": "2026-11-30", "dos": DOS, "ok": True}],
}
