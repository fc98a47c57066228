CHART = {
    "chart_id": "b6-011",
    "date_of_service": "2026-11-03",
    "payer": {"profile": "medicaid", "name": "Montana Medicaid (IHS facility claim)"},
    "claim_lines": [
        {"hcpcs": "J0256", "units": 460, "modifiers": ["JZ"]}
    ],
    "documents": [
        {"id": "d1", "type": "progress_note", "date": "2026-11-03", "text": """
RED WILLOW SERVICE UNIT HEALTH CENTER  (IHS)          RPMS-EHR
Patient: RUNNINGWATER,DELPHINE K   HRN: 104477   DOB: 04/18/1987  F
---------------------------------------------------------------------
NOTE DATED: 11/03/2026 10:31   ADULT INFUSION NURSING NOTE
VISIT: 11/03/2026 09:15  SPECIALTY CLINIC - INFUSION
AUTHOR: WHITEHORSE,LORNA RN       STATUS: COMPLETED
---------------------------------------------------------------------
S: 39 yo F here for weekly alpha-1 augmentation (Prolastin-C Liquid).
   States she "feels good," walking to work again. No fever, no new
   cough, no rash after last week's infusion.
O: VITALS 11/03/2026 09:22:
     BP: 112/70   P: 72   R: 16   T: 97.9 F   SPO2: 97% RA
     WT: 168.4 lb (76.4 kg)   PAIN: 0/10
   22g PIV L forearm placed 09:35 x1 attempt, flushed w/o difficulty.
   Premed acetaminophen 650 mg PO given 09:40 (see BCMA).
   PROLASTIN-C LIQUID 4500 mg IV infused per BCMA (see MAH for times).
     Vials: 1000 mg/20 mL x 4 + 500 mg/10 mL x 1 = 4500 mg/90 mL.
     No waste - all vials used completely.
     Lot/Exp: see carton.
   VS during/post infusion stable (10:05 BP 110/68 P 70; 10:25 BP 114/72
   P 70). No s/s of hypersensitivity.
   PIV removed 10:27, catheter tip intact.
A: Tolerated augmentation infusion without complication.
P: Next infusion 11/10/2026 09:15. Pt to see Dr. Begay 01/2027.

<<<< Text below copied from note dated 10/27/2026 10:22 by WHITEHORSE,LORNA RN >>>>
  PROLASTIN-C LIQUID 4500 mg IV. LOT# 26B0914  EXP 05/31/2027.
  Infusion start 0948, end 1016. Tolerated well, no reaction.
  PIV L hand 22g. Education on s/s reaction reinforced.
<<<< End of copied text >>>>

/es/ LORNA WHITEHORSE, RN
Signed: 11/03/2026 10:34
"""},
        {"id": "d2", "type": "infusion_record", "date": "2026-11-03", "text": """
BCMA MEDICATION ADMINISTRATION HISTORY (MAH)       Run: 11/03/2026@11:40
Facility: RED WILLOW SERVICE UNIT HEALTH CENTER
Pt: RUNNINGWATER,DELPHINE K    HRN: 104477    DOB: 04/18/1987
Dates: 10/27/2026 - 11/03/2026       Clinic: SPECIALTY CLINIC-INFUSION

ADMIN DT/TM     ORDERABLE ITEM                          ACTION      DOSE/RATE    RTE  SITE        USER
--------------  --------------------------------------  ----------  -----------  ---  ----------  ----
10/27/26 09:36  ACETAMINOPHEN 325MG TAB                 GIVEN       650MG        PO               LW
10/27/26 09:48  PROLASTIN-C LIQUID 4500MG/90ML IVPB     INFUSING    180 ML/HR    IV   L HAND      LW
10/27/26 10:16  PROLASTIN-C LIQUID 4500MG/90ML IVPB     COMPLETED   90 ML        IV               LW
11/03/26 09:40  ACETAMINOPHEN 325MG TAB                 GIVEN       650MG        PO               LW
11/03/26 09:40  CETIRIZINE 10MG TAB                     HELD        10MG         PO               LW
                  Held: pt took own dose at home 0700
11/03/26 09:52  PROLASTIN-C LIQUID 4500MG/90ML IVPB     INFUSING    180 ML/HR    IV   L FOREARM   LW
11/03/26 10:20  PROLASTIN-C LIQUID 4500MG/90ML IVPB     COMPLETED   90 ML        IV               LW
--------------------------------------------------------------------------------------------------
USER KEY: LW = WHITEHORSE,LORNA RN
Order #18842: ALPHA1-PROTEINASE INHIBITOR (PROLASTIN-C LIQUID) 60MG/KG IV
  Q WEEK - rounded to 4500 MG (4 x 1 g + 1 x 0.5 g), verified
  K. DEMARAY RPH 10/02/2026 14:11
"""},
        {"id": "d3", "type": "progress_note", "date": "2026-10-13", "text": """
RED WILLOW SERVICE UNIT HEALTH CENTER  (IHS)          RPMS-EHR
Patient: RUNNINGWATER,DELPHINE K   HRN: 104477   DOB: 04/18/1987  F
---------------------------------------------------------------------
NOTE DATED: 10/13/2026 14:05   INTERNAL MEDICINE - PULMONARY F/U
AUTHOR: BEGAY,ANDREW J MD        STATUS: COMPLETED
---------------------------------------------------------------------
CC: Alpha-1 f/u (tele-pulmonary with Billings Clinic, Dr. Faber, present
by video).

HPI: 39 yo F with alpha-1 antitrypsin deficiency, genotype PI*Z/Mmalton
(SERPINA1 sequencing 2024), pre-treatment AAT 7.6 umol/L, and early
panlobular emphysema on CT. On weekly Prolastin-C Liquid since 06/2024.
RESPONSE TO AUGMENTATION: stable. CAT score 14 -> 11, no exacerbations
in 12 months (2 in 2023-2024 before therapy), FEV1 58% pred, unchanged
from 10/2025 (58%). Tolerating weekly infusions; occasional fatigue the
evening after.

TOBACCO: Never smoker. No commercial tobacco use; no vaping.
MEDS: Anoro Ellipta 1 inh daily, albuterol PRN, cetirizine 10 mg,
levonorgestrel IUD, Prolastin-C Liquid IV weekly.
FAMILY: Mother - PI*MZ (tested 2024). Maternal aunt - "liver disease."
Son (age 15) - PI*M/Mmalton carrier.

VITALS: BP 116/74, P 78, Wt 170 lb, SpO2 96%.
EXAM: clear, mildly diminished bases. No hepatosplenomegaly.

ASSESSMENT/PLAN:
1. AATD, PI*Z/Mmalton (E88.01) with panlobular emphysema (J43.1) -
   stable on augmentation; continue Prolastin-C Liquid 60 mg/kg weekly,
   current order 4500 mg. Annual LFTs/liver US (Mmalton - liver risk):
   ALT 21, US 08/2026 normal.
2. Montana Medicaid PA # 5529014 for J0256 active through 05/31/2027.
   PRC referral # 2026-0412 is for Billings Clinic tele-pulm only.
3. RTC 3 months; PFT 10/2027.

/es/ ANDREW J BEGAY, MD
Signed: 10/13/2026 14:52
"""},
        {"id": "d4", "type": "lab_report", "date": "2024-05-20", "text": """
RPMS LAB - CUMULATIVE REPORT          RED WILLOW SU / REF LAB: ARUP
Pt: RUNNINGWATER,DELPHINE K   HRN: 104477   DOB: 04/18/1987

Collected: 05/06/2024 08:30   Accession: SE 24 0506 17   Pre-treatment
  ALPHA-1-ANTITRYPSIN .............. 7.6  L   umol/L   [20.0-48.0]
  C-REACTIVE PROTEIN ............... 0.3       mg/dL    [0.0-1.0]
  HEPATIC PANEL
    ALT ............................ 24        U/L      [7-52]
    AST ............................ 22        U/L      [13-39]

Collected: 05/06/2024 08:30   Reported: 05/20/2024
  SERPINA1 GENE SEQUENCING (ARUP)
    Variant 1: c.1096G>A (p.Glu366Lys) - PI*Z .......... heterozygous
    Variant 2: c.226_228delTTC (p.Phe76del) - PI*Mmalton  heterozygous
    Result: PI*Z/Mmalton (compound heterozygote). Both alleles are
    deficiency alleles; this genotype is associated with severe AATD.
"""},
    ],
}

GOLD = {
    "chart_id": "b6-011",
    "profile": "medicaid",
    "requirements": {
        "aatd_diagnosis": "met",
        "genotype": "met",
        "serum_aat_level": "met",
        "lung_disease_evidence": "met",
        "patient_weight": "met",
        "dose_administered": "met",
        "dose_matches_weight": "met",
        "units_match_dose": "conflict",
        "wastage_documented": "met",
        "lot_number": "missing",
        "expiration_date": "missing",
        "infusion_times": "met",
        "response_to_therapy": "met",
        "prior_authorization": "met",
        "code_selection": "met",
        "smoking_status": "met",
    },
    "findings": [
        {"kind": "aatd_diagnosis"},
        {"kind": "genotype", "alleles": ["Z", "MMALTON"]},
        {"kind": "serum_aat", "value": 7.6, "unit": "uM"},
        {"kind": "lung_disease", "value": "emphysema"},
        {"kind": "fev1", "value": 58},
        {"kind": "weight", "value": 168.4, "unit": "lb", "value_kg": 76.4},
        {"kind": "weight", "value": 170, "unit": "lb", "value_kg": 77.1},
        {"kind": "smoking_status", "value": "never"},
        {"kind": "drug_product", "value": "Prolastin-C Liquid"},
        {"kind": "dose", "value": 4500},
        {"kind": "wastage", "value": 0},
        {"kind": "infusion_start", "value": "09:52"},
        {"kind": "infusion_end", "value": "10:20"},
        {"kind": "response_to_therapy"},
        {"kind": "prior_authorization", "value": "5529014"},
    ],
    "notes": (
        "IHS RPMS-EHR TIU notes + BCMA Medication Administration History. Gaps: (1) units_match_dose conflict: dose 4500 mg "
        "-> ceil(4500/10)=450 units J0256, billed 460. (2) lot_number and (3) expiration_date missing: today's note says "
        "'Lot/Exp: see carton' (documents nothing); the only lot/exp (26B0914, 05/31/2027) is inside a block copied forward "
        "from the 10/27 note and does not count. Infusion times come from today's BCMA rows 09:52 INFUSING / 10:20 COMPLETED "
        "(the copied block's 0948/1016 and the 10/27 BCMA rows are last week). Weight DOS 168.4 lb (76.4 kg); 60 x 76.4 = 4584; "
        "4500 is -1.8% -> met. 170 lb (10/13) -> 77.1 kg historical. JZ with 'No waste' -> met. Genotype Z/Mmalton -> "
        "[Z, MMALTON] (each 'heterozygous' line adds no M). Traps: son PI*M/Mmalton and mother PI*MZ (family), cetirizine HELD, "
        "acetaminophen 650 mg, vitals 09:22/10:05/10:25, PIV 09:35/10:27, pharmacist verification 10/02 14:11, next infusion "
        "11/10 09:15, PRC referral # 2026-0412 (not a PA), CAT 14->11. [calc] dos_weight_kg=76.4"
    ),
}
