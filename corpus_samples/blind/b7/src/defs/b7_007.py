# b7-007: genetic counseling letter + AAT deficiency profile with reflex SERPINA1 full sequencing
# (IEF reads MZ; sequencing finds Z + Mmalton). Medicaid managed care. Zemaira J0256 + JW. Complete.

GC_LETTER = """
Gulf Coast Children's & Adult Genetics
Division of Medical Genetics  |  1400 Bayview Blvd, Tampa FL  |  (813) 555-0126

June 20, 2025

Ms. Yolanda Pruitt-Okafor
[address on file]

RE: Your alpha-1 antitrypsin test results        DOB: 02/09/1981
cc: Felix Amadi, MD (Pulmonology); Clara Dunn, ARNP (primary care)

Dear Ms. Pruitt-Okafor,

Thank you for meeting with me by video on June 17, 2025, along with your mother, to go
over your alpha-1 antitrypsin (AAT) testing. This letter summarizes what we discussed.

Why you were tested: Dr. Amadi ordered testing because of emphysema on your chest CT at a
young age and a low AAT level. Your first result suggested you were an "MZ" carrier, but
your AAT level was lower than we usually see in MZ carriers, so the laboratory automatically
sequenced the whole SERPINA1 gene.

Your results: Sequencing found two changes in your SERPINA1 gene, one on each copy:
  - PI*Z   (c.1096G>A, p.Glu366Lys)
  - PI*Mmalton   (c.226_228del, p.Phe76del)
This means your genotype is PI*Z/Mmalton (also written PI*ZMmalton). The Mmalton allele
looks like a normal "M" on the protein test, which is why the first result read as MZ.
Both of these alleles cause AAT deficiency, so you do have alpha-1 antitrypsin deficiency,
similar in severity to people with PI*ZZ.

About alpha-1 in general (from our handout): AAT is made in the liver and protects the
lungs from damage caused by an enzyme called neutrophil elastase. The Z allele produces
very little AAT in the blood, and some of the protein stays in the liver. People with two
deficiency alleles have a higher risk of emphysema, especially if they smoke.

Your family:
  - Your mother (age 66) was tested in 2024 and is PI*MZ. Because you inherited your Z
    allele from her, your Mmalton allele most likely came from your father (deceased).
  - Your brother Marcus (age 41) is PI*M/Mmalton by targeted testing (a carrier).
  - Your son (age 19) is PI*MZ. Your daughter (age 16) has not been tested; we can test
    her when she and her father decide.
Carriers (one copy) usually have normal lungs but should not smoke.

Next steps:
  1. Dr. Amadi will discuss whether augmentation (replacement) therapy is right for you.
  2. Liver checkup: a liver ultrasound and elastography once, then per hepatology.
  3. Avoid smoking and vaping (you told us you have never smoked - keep it up!).
  4. The Alpha-1 Foundation (alpha1.org) has support groups and a patient registry.

Please call me with any questions.

Sincerely,
Naomi Fairweather, MS, CGC
Licensed Genetic Counselor
"""

SEQ = """
CENTRAL FLORIDA MOLECULAR DIAGNOSTICS            CLIA 10D2233901  CAP 7711450
ALPHA-1 ANTITRYPSIN DEFICIENCY PROFILE WITH REFLEX TO SERPINA1 SEQUENCING
Patient: PRUITT-OKAFOR, YOLANDA     DOB 02/09/1981   Sex F   MRN GC-558120
Ordering: Felix Amadi, MD           Specimen: serum + EDTA whole blood
Collected: 04/29/2025   Received: 04/30/2025   Final: 05/28/2025

PART 1 - QUANTITATIVE
Alpha-1 antitrypsin (nephelometry)       8.1 umol/L     [ref 20 - 53 umol/L]   LOW
C-reactive protein                       1.6 mg/L       [ref < 5.0]

PART 2 - PHENOTYPE (isoelectric focusing)
Result: MZ pattern
Comment: Phenotype MZ is discordant with the measured AAT concentration, which is below
the range expected for PI*MZ. Reflex SERPINA1 sequencing performed.

PART 3 - SERPINA1 SEQUENCING (exons 2-5, flanking intronic regions; NM_000295.5)
Variants detected:
  Gene     Variant (HGVS)                     Legacy name     Zygosity       Classification
  SERPINA1 c.1096G>A  p.(Glu366Lys)           PI*Z (E342K)    heterozygous   Pathogenic
  SERPINA1 c.226_228del  p.(Phe76del)         PI*Mmalton      heterozygous   Pathogenic
                                              (F52del)
Phasing: variants presumed in trans (maternal sample on file: PI*MZ, c.226_228del absent).

INTERPRETATION: POSITIVE. This individual is compound heterozygous for two pathogenic
SERPINA1 variants, PI*Z and PI*Mmalton, consistent with a diagnosis of alpha-1
antitrypsin deficiency. The Mmalton allele has M-like mobility on isoelectric focusing,
explaining the MZ phenotype result. Genotype: PI*Z/Mmalton.

Benign variants (not reported individually): c.710T>C p.(Val237Ala) [M1(Ala213) background].
Limitations: large deletions/duplications not assessed by this method.
Reviewed and signed: Hector Villanueva, PhD, FACMG   05/28/2025
"""

INFUSION = """
BAYSIDE INFUSION CENTER  |  Nursing Infusion Record
Name: Pruitt-Okafor, Yolanda   DOB 02/09/1981   Visit 10/14/2025   Chair 7
Payer: Sunshine Health (FL Medicaid MMA)   Auth on file: yes (see chart)
Order: Zemaira 60 mg/kg IV weekly (Dr. F. Amadi)

0745  Arrived, ID/allergy (NKDA) verified
0750  Wt 59.0 kg   BP 112/70  P 72  R 16  T 36.8  SpO2 97% RA
0758  PIV 22g L wrist, +BR
0802  Zemaira reconstituted: 4 vials (1,000 mg nominal each; actual potency per label
      1,046 / 1,046 / 1,038 / 1,038 mg) with sterile water 20 mL each (Mix2Vial)
      Lot P100349870   Exp 2027-09-30
0815  INFUSION START  - Zemaira 3,500 mg (approx. 70 mL) at 4.7 mL/min
0830  P 70  BP 110/68  SpO2 98%  - no reaction
0831  INFUSION END    - 3,500 mg infused
0832  NS flush 10 mL
0834  Waste: 500 mg (remaining ~10 mL of vial 4) discarded, witness D. Lam RN
0850  BP 114/72  P 70  SpO2 98%. PIV removed, catheter intact
0852  Discharged ambulatory, no complaints

Dose calc (pharmacy): 59.0 kg x 60 mg/kg = 3,540 mg -> 3,500 mg
Pt tolerated infusion well. Next: 10/21/2025 0745.
Education: reviewed s/s of late reaction; 24-h nurse line given. Pt verbalized understanding.
Home meds reviewed, no changes: Anoro Ellipta daily, albuterol PRN, norgestimate-EE daily,
cetirizine 10 mg PRN.
RN: Sofia Garcia-Reyes, RN
"""

NP_NOTE = """
Bayside Pulmonary Group - Progress Note
Patient: Yolanda Pruitt-Okafor   44 y.o. F   DOS 10/14/2025
Provider: Lucinda Marsh, APRN (collaborating: Felix Amadi, MD)

SUBJECTIVE: Here for infusion-day check. Started weekly Zemaira 07/08/2025 after
genetics confirmed AATD (PI*Z/Mmalton). Since starting she reports less exertional
dyspnea - can now climb her apartment stairs (2 flights) without stopping, which she
couldn't do in the spring. No infusion reactions. CAT score 12 today (18 in 06/2025).
No hospitalizations. Never smoker; no vaping; no marijuana.

OBJECTIVE: BP 112/70, HR 72, SpO2 97% RA, Wt 59.0 kg.
Lungs: mildly diminished at bases, no wheeze.
CT chest 03/2025: mild panlobular emphysema, lower lobes; no bronchiectasis.
Spirometry 06/2025: FEV1 2.18 L (71% pred), FEV1/FVC 0.62.
AAT trough 09/30/2025 (on therapy): 14.2 umol/L.
Liver US/elastography 08/2025: normal echotexture, 5.1 kPa.

ASSESSMENT:
1. Alpha-1 antitrypsin deficiency, PI*Z/Mmalton, with early emphysema - tolerating and
   responding to augmentation (symptom improvement, CAT 18 -> 12).
2. Liver - normal elastography; recheck LFTs 6 mo.

PLAN: Continue Zemaira 60 mg/kg weekly. Repeat spirometry 01/2026. Daughter's testing
deferred to family. Follow-up 3 months.

Lucinda Marsh, APRN   10/14/2025
"""

CHART = {
    "chart_id": "b7-007",
    "date_of_service": "2025-10-14",
    "payer": {"profile": "medicaid", "name": "Sunshine Health (Florida Medicaid MMA)"},
    "prior_authorization": "SH-PA-25-0913377",
    "claim_lines": [
        {"hcpcs": "J0256", "units": 350, "modifiers": []},
        {"hcpcs": "J0256", "units": 50, "modifiers": ["JW"]},
    ],
    "documents": [
        {"id": "d1", "type": "other", "date": "2025-06-20", "text": GC_LETTER},
        {"id": "d2", "type": "lab_report", "date": "2025-05-28", "text": SEQ},
        {"id": "d3", "type": "infusion_record", "date": "2025-10-14", "text": INFUSION},
        {"id": "d4", "type": "progress_note", "date": "2025-10-14", "text": NP_NOTE},
    ],
}

GOLD = {
    "chart_id": "b7-007",
    "profile": "medicaid",
    "requirements": {
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
    },
    "findings": [
        {"kind": "aatd_diagnosis"},
        {"kind": "genotype", "alleles": ["M", "Z"]},
        {"kind": "genotype", "alleles": ["Z", "MMALTON"]},
        {"kind": "serum_aat", "value": 8.1, "unit": "uM"},
        {"kind": "serum_aat", "value": 14.2, "unit": "uM"},
        {"kind": "lung_disease", "value": "emphysema"},
        {"kind": "fev1", "value": 71},
        {"kind": "smoking_status", "value": "never"},
        {"kind": "weight", "value": 59.0, "unit": "kg", "value_kg": 59.0},
        {"kind": "drug_product", "value": "Zemaira"},
        {"kind": "dose", "value": 3500},
        {"kind": "wastage", "value": 500},
        {"kind": "lot_number", "value": "P100349870"},
        {"kind": "expiration_date", "value": "2027-09-30"},
        {"kind": "infusion_start", "value": "08:15"},
        {"kind": "infusion_end", "value": "08:31"},
        {"kind": "response_to_therapy"},
    ],
    "notes": (
        "Genotype: IEF phenotype 'MZ pattern' and DNA PI*Z/Mmalton are both reported and differ -> two genotype "
        "findings [M,Z] and [Z,MMALTON]; the deficient pair makes genotype met. The variant lines reading "
        "'heterozygous' add no M allele. Family genotypes (mother PI*MZ, brother M/Mmalton, son PI*MZ) are not findings. "
        "Serum 8.1 umol/L (pre-treatment) and 14.2 umol/L (trough on therapy) are both the patient's measured levels; "
        "8.1 < 11 -> met. Weight 59.0 kg; 60 x 59.0 = 3540, tolerance 354 -> 3186..3894; dose 3500 -> met. "
        "J0256 ceil(3500/10) = 350 = billed; waste 500 mg -> JW floor(500/10) = 50 = billed -> met (medicaid). "
        "PA from chart field SH-PA-25-0913377. Never smoker. Response in APRN progress note (CAT 18 -> 12, less dyspnea). "
        "Traps: per-vial actual potencies 1,046/1,038 mg, nominal 1,000 mg, pharmacy calc 3,540 mg, ~70 mL, 4.7 mL/min, "
        "timeline rows 0745/0750/0758/0802/0830/0832/0834/0850/0852, next 10/21 0745; ref range 20-53 umol/L; "
        "liver stiffness 5.1 kPa; general education paragraph about the Z allele; 'Dr. Amadi will discuss whether "
        "augmentation...' is a plan in the June letter."
    ),
}
